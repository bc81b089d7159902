package dev.associations.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.associations.benchmarks.contestants.Contestants;
import dev.associations.benchmarks.fixture.BenchmarkDatabase;
import dev.associations.benchmarks.fixture.Contestant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Measures one scenario on one database as paired ratios: every contestant gets a database of its
 * own, warms up, then each round runs every contestant once, in a shuffled order, for a sample of
 * calls; a contestant's ratio in a round is its time per call divided by the floor's in the same
 * round, and the result is the median over rounds. A slow phase of the shared machine slows one
 * round for everyone alike instead of one contestant.
 */
final class PairedRounds {

  private final Settings settings;
  private final Random random;

  PairedRounds(Settings settings, long seed) {
    this.settings = settings;
    this.random = new Random(seed);
  }

  /** The run's length: warm-up per contestant, the time a sample aims at, the rounds. */
  record Settings(long warmUpMillis, long sampleMillis, int rounds) {
    static final Settings SHORT = new Settings(1_500, 60, 15);
    static final Settings FULL = new Settings(5_000, 150, 40);
  }

  /** One contestant's times per call, one per round, in round order. */
  record Result(Scenario scenario, String database, String contestant, double[] nanos) {

    double nanosPerCall() {
      return median(nanos);
    }

    /**
     * This contestant's times divided by the other's, round by round: the median and the quartiles.
     */
    Ratio over(Result other) {
      double[] ratios = new double[nanos.length];
      for (int round = 0; round < nanos.length; round++) {
        ratios[round] = nanos[round] / other.nanos[round];
      }
      return new Ratio(median(ratios), quantile(ratios, 0.25), quantile(ratios, 0.75));
    }
  }

  /** A paired ratio: the median over rounds and the interquartile range. */
  record Ratio(double median, double low, double high) {}

  List<Result> measure(Scenario scenario, BenchmarkDatabase database, List<String> labels)
      throws Exception {
    Map<String, Subject> subjects = new LinkedHashMap<>();
    try {
      for (String label : labels) {
        subjects.put(label, new Subject(database, label));
      }
      Map<String, Integer> callsPerSample = new LinkedHashMap<>();
      int[] calls = {0};
      for (Map.Entry<String, Subject> subject : subjects.entrySet()) {
        callsPerSample.put(subject.getKey(), warmUp(scenario, subject.getValue(), calls));
      }
      Map<String, double[]> nanos =
          rounds(
              labels,
              settings.rounds(),
              random,
              label -> {
                Subject subject = subjects.get(label);
                int sample = callsPerSample.get(label);
                long start = System.nanoTime();
                for (int i = 0; i < sample; i++) {
                  subject.sink = scenario.run(subject.contestant, calls[0]++);
                }
                double perCall = (System.nanoTime() - start) / (double) sample;
                scenario.restore(subject.dataSource);
                return perCall;
              });
      List<Result> results = new ArrayList<>();
      nanos.forEach(
          (label, times) -> results.add(new Result(scenario, database.name(), label, times)));
      return results;
    } finally {
      for (Subject subject : subjects.values()) {
        subject.close();
      }
    }
  }

  /**
   * The rounds: each runs every label once, in an order shuffled by {@code random}; {@code time}
   * runs one label's sample and returns its time per call. The times per label, in round order.
   */
  static Map<String, double[]> rounds(
      List<String> labels, int rounds, Random random, ToDoubleFunction<String> time) {
    Map<String, double[]> nanos = new LinkedHashMap<>();
    labels.forEach(label -> nanos.put(label, new double[rounds]));
    List<String> order = new ArrayList<>(labels);
    for (int round = 0; round < rounds; round++) {
      Collections.shuffle(order, random);
      for (String label : order) {
        nanos.get(label)[round] = time.applyAsDouble(label);
      }
    }
    return nanos;
  }

  /** Runs the contestant for the warm-up time; returns how many calls make a sample. */
  private int warmUp(Scenario scenario, Subject subject, int[] calls) {
    long start = System.nanoTime();
    long deadline = start + settings.warmUpMillis() * 1_000_000;
    int done = 0;
    long sampleStart = start;
    do {
      subject.sink = scenario.run(subject.contestant, calls[0]++);
      done++;
      if (done % 20 == 0) {
        scenario.restore(subject.dataSource);
      }
    } while (System.nanoTime() < deadline || done < 3);
    scenario.restore(subject.dataSource);
    double nanosPerCall = (System.nanoTime() - sampleStart) / (double) done;
    return (int) Math.max(1, Math.min(10_000, settings.sampleMillis() * 1e6 / nanosPerCall));
  }

  static double median(double[] values) {
    return quantile(values, 0.5);
  }

  /** The quantile by linear interpolation between the closest ranks. */
  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
  }

  /** One contestant on a freshly filled database of its own. */
  private static final class Subject implements AutoCloseable {
    final HikariDataSource dataSource;
    final Contestant contestant;
    Object sink;

    Subject(BenchmarkDatabase database, String label) {
      this.dataSource = database.openWithData();
      this.contestant = Contestants.of(label).create(dataSource);
    }

    @Override
    public void close() throws Exception {
      contestant.close();
      dataSource.close();
    }
  }
}
