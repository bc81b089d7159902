package dev.associations.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.DoubleSummaryStatistics;

/** The machine's one-minute load average ({@code /proc/loadavg}), sampled during a run. */
final class MachineLoad {

  private static final Path LOADAVG = Path.of("/proc/loadavg");

  private final DoubleSummaryStatistics samples = new DoubleSummaryStatistics();

  /** Takes a sample, prints and returns it; NaN where the system does not tell. */
  double sample(String when) {
    double load = current();
    if (!Double.isNaN(load)) {
      samples.accept(load);
      System.out.printf("[load %.2f] %s%n", load, when);
    }
    return load;
  }

  /** How the load ranged over the samples, as a sentence part. */
  String describe() {
    return samples.getCount() == 0
        ? "not available on this system"
        : String.format(
            "%.2f to %.2f (one-minute average, %d samples, %d cores)",
            samples.getMin(),
            samples.getMax(),
            samples.getCount(),
            Runtime.getRuntime().availableProcessors());
  }

  private static double current() {
    try {
      return Double.parseDouble(Files.readString(LOADAVG).trim().split("\\s+")[0]);
    } catch (Exception e) {
      return Double.NaN;
    }
  }
}
