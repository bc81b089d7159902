package dev.associations.benchmarks.jmh;

import dev.associations.benchmarks.fixture.GeneratedModels;
import dev.associations.dialect.Dialects;
import dev.associations.registry.AssociationRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Startup cost: building the registry (every rule, every check) for 500 model classes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegistryBenchmark {

  static final int MODELS = 500;

  private List<Class<?>> models;

  @Setup(Level.Trial)
  public void generate() {
    models = GeneratedModels.generate(MODELS);
  }

  @Benchmark
  public AssociationRegistry buildRegistryOf500Models() {
    return AssociationRegistry.builder().dialect(Dialects.POSTGRESQL).addModels(models).build();
  }
}
