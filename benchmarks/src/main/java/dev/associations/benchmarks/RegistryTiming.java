package dev.associations.benchmarks;

import dev.associations.benchmarks.PairedRounds.Settings;
import dev.associations.benchmarks.fixture.GeneratedModels;
import dev.associations.dialect.Dialects;
import dev.associations.registry.AssociationRegistry;
import java.util.List;

/** Startup cost: building the registry (every rule, every check) for 500 model classes. */
final class RegistryTiming {

  static final int MODELS = 500;

  private RegistryTiming() {}

  /** The median build time over the run's rounds, after the warm-up, as a Markdown table. */
  static String measure(Settings settings) {
    List<Class<?>> models = GeneratedModels.generate(MODELS);
    long deadline = System.nanoTime() + settings.warmUpMillis() * 1_000_000;
    while (System.nanoTime() < deadline) {
      build(models);
    }
    double[] nanos = new double[settings.rounds()];
    for (int round = 0; round < nanos.length; round++) {
      long start = System.nanoTime();
      build(models);
      nanos[round] = System.nanoTime() - start;
    }
    return "| contestant | time (median) | quartiles |\n|---|---:|---:|\n| associations | "
        + ResultsReport.time(PairedRounds.median(nanos))
        + " | "
        + ResultsReport.time(PairedRounds.quantile(nanos, 0.25))
        + " – "
        + ResultsReport.time(PairedRounds.quantile(nanos, 0.75))
        + " |\n";
  }

  private static AssociationRegistry build(List<Class<?>> models) {
    return AssociationRegistry.builder().dialect(Dialects.POSTGRESQL).addModels(models).build();
  }
}
