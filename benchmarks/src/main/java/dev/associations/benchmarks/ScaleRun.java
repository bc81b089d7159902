package dev.associations.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.associations.benchmarks.PairedRounds.Ratio;
import dev.associations.benchmarks.PairedRounds.Result;
import dev.associations.benchmarks.contestants.Contestants;
import dev.associations.benchmarks.contestants.associations.AssociationsContestant;
import dev.associations.benchmarks.fixture.BenchmarkDatabase;
import dev.associations.benchmarks.fixture.Contestant;
import dev.associations.benchmarks.fixture.ScaleData;
import dev.associations.benchmarks.fixture.StatementCounter;
import dev.associations.benchmarks.model.Parent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How the cost grows with the data, on PostgreSQL: for each size, that many roots with four
 * children each and a license per child ({@link ScaleData}), loaded with the two-level include by
 * the hand-written floor and by this project in paired rounds; the statements of one load; the heap
 * a {@code findAll} keeps; and a {@code stream} over every root in a JVM of its own with a small
 * heap ({@link ScaleStream}), with the most heap it held after a collection.
 */
final class ScaleRun {

  static final String STREAM_HEAP = "-Xmx" + ScaleStream.HEAP_MEGABYTES + "m";
  static final long WARM_UP_MILLIS = 3_000;

  private final List<Integer> sizes;
  private final MachineLoad load;
  private final Random random = new Random(1);

  ScaleRun(List<Integer> sizes, MachineLoad load) {
    this.sizes = sizes;
    this.load = load;
  }

  /** Runs every size; returns the Markdown section. */
  String run() throws Exception {
    StringBuilder table =
        new StringBuilder(
            "| roots | jdbc | associations | per root | ratio to jdbc (quartiles)"
                + " | statements (jdbc / ours) | findAll keeps | stream in a "
                + ScaleStream.HEAP_MEGABYTES
                + " MB heap: time, most heap after a GC |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double firstPerRoot = Double.NaN;
    double lastPerRoot = Double.NaN;
    double firstFloorPerRoot = Double.NaN;
    double lastFloorPerRoot = Double.NaN;
    for (int size : sizes) {
      try (HikariDataSource dataSource = BenchmarkDatabase.POSTGRESQL.open()) {
        ScaleData.create(dataSource, size);
        load.sample("scale data of " + size + " roots");
        Map<String, Contestant> contestants = new LinkedHashMap<>();
        for (String label : List.of("jdbc", "associations")) {
          contestants.put(label, Contestants.of(label).create(dataSource));
        }
        int rounds = size <= 10_000 ? 9 : size <= 100_000 ? 5 : 3;
        contestants.values().forEach(ScaleRun::warmUp);
        Map<String, double[]> nanos =
            PairedRounds.rounds(
                List.copyOf(contestants.keySet()),
                rounds,
                random,
                label -> {
                  long start = System.nanoTime();
                  if (contestants.get(label).loadParentsWithChildrenAndLicenses().parents()
                      != size) {
                    throw new IllegalStateException(label + " did not load " + size + " roots");
                  }
                  return System.nanoTime() - start;
                });
        Result floor = new Result(Scenario.LOAD_ALL, "POSTGRESQL", "jdbc", nanos.get("jdbc"));
        Result ours =
            new Result(Scenario.LOAD_ALL, "POSTGRESQL", "associations", nanos.get("associations"));
        Ratio ratio = ours.over(floor);
        double perRoot = ours.nanosPerCall() / size;
        firstPerRoot = Double.isNaN(firstPerRoot) ? perRoot : firstPerRoot;
        lastPerRoot = perRoot;
        double floorPerRoot = floor.nanosPerCall() / size;
        firstFloorPerRoot = Double.isNaN(firstFloorPerRoot) ? floorPerRoot : firstFloorPerRoot;
        lastFloorPerRoot = floorPerRoot;
        long kept = keptByFindAll(dataSource);
        ScaleStream.Outcome stream =
            ScaleStream.runForked(dataSource.getJdbcUrl(), dataSource.getSchema(), size);
        table.append(
            String.format(
                "| %,d | %s | %s | %s | %s | %d / %d | %d MB | %s, %d MB |%n",
                size,
                ResultsReport.time(floor.nanosPerCall()),
                ResultsReport.time(ours.nanosPerCall()),
                ResultsReport.time(perRoot),
                ResultsReport.ratio(ratio),
                statements(dataSource, "jdbc"),
                statements(dataSource, "associations"),
                kept >> 20,
                ResultsReport.time(stream.nanos()),
                stream.peakBytes() >> 20));
        load.sample("scale run of " + size + " roots");
        for (Contestant contestant : contestants.values()) {
          contestant.close();
        }
      }
    }
    return "\n## Scale (PostgreSQL)\n\nRoots with four children each and a license per child, loaded with both"
        + " include levels (`findAll(Query.all().orderBy(\"id\").include(\"children.license\"))`) and by the"
        + " hand-written floor in paired rounds after "
        + WARM_UP_MILLIS / 1000
        + " s of warm-up each (9 rounds up"
        + " to 10,000 roots, 5 at 100,000, 3 above); *per root*"
        + " is this project's median time divided by the roots. *findAll keeps* is the heap still held, after a"
        + " collection, while the loaded list is referenced. The stream runs `stream(...)` with the same"
        + " include over every root in a separate JVM started with `"
        + STREAM_HEAP
        + "`, which could not hold"
        + " the list of the larger sizes.\n\n"
        + table
        + String.format(
            "%nTime per root, largest over smallest size: %.2fx (goal: at most 1.5x); the hand-written"
                + " floor's: %.2fx.%n",
            lastPerRoot / firstPerRoot, lastFloorPerRoot / firstFloorPerRoot);
  }

  /**
   * Loads for {@value #WARM_UP_MILLIS} ms (at least once), so that the smallest size runs compiled
   * code too.
   */
  private static void warmUp(Contestant contestant) {
    long deadline = System.nanoTime() + WARM_UP_MILLIS * 1_000_000;
    do {
      contestant.loadParentsWithChildrenAndLicenses();
    } while (System.nanoTime() < deadline);
  }

  private static long statements(HikariDataSource dataSource, String label) {
    StatementCounter counter = new StatementCounter();
    try (Contestant contestant = Contestants.of(label).create(counter.wrap(dataSource))) {
      return StatementCounts.count(Scenario.LOAD_ALL, contestant, counter);
    }
  }

  /** The heap, after a collection, that the loaded roots of one {@code findAll} hold. */
  private static long keptByFindAll(HikariDataSource dataSource) {
    try (AssociationsContestant contestant = new AssociationsContestant(dataSource)) {
      long before = usedAfterGc();
      List<Parent> loaded = contestant.parentsWithChildrenAndLicenses();
      long after = usedAfterGc();
      return loaded == null ? 0 : Math.max(0, after - before);
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
