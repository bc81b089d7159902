package dev.associations.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.associations.benchmarks.PairedRounds.Result;
import dev.associations.benchmarks.PairedRounds.Settings;
import dev.associations.benchmarks.fixture.BenchmarkDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs every scenario on H2 and PostgreSQL as paired rounds ({@link PairedRounds}), counts the
 * statements of each contestant, times the registry, runs the scale series ({@link ScaleRun}),
 * prints the tables and writes them, with the targets, to {@code RESULTS.md}, keeping the
 * hand-written section that starts with {@value #NOTES}.
 *
 * <p>Arguments: {@code --full} for a longer run (5 s warm-up, 150 ms samples, 40 rounds) instead of
 * the short default (1.5 s, 60 ms, 15 rounds); {@code --databases=H2} to leave PostgreSQL out;
 * {@code --scenarios=LOAD_ALL,PAGE} to run some scenarios only ({@code --scenarios=} for none);
 * {@code --scale=1000,10000} for the sizes of the scale series on PostgreSQL ({@code --scale=} for
 * none; default 1,000 to 1,000,000); {@code --seed=<n>} for the rounds' shuffles; {@code
 * --output=<file>}.
 */
public final class BenchmarkRunner {

  /** The heading of the hand-written part of RESULTS.md, which a run keeps. */
  static final String NOTES = "## Notes";

  private BenchmarkRunner() {}

  public static void main(String[] args) throws Exception {
    // Maven's exec:exec passes -Dbenchmarks.args as one argument: split it
    List<String> arguments =
        Arrays.stream(args)
            .flatMap(a -> Arrays.stream(a.trim().split("\\s+")))
            .filter(a -> !a.isBlank())
            .toList();
    boolean full = arguments.contains("--full");
    Settings settings = full ? Settings.FULL : Settings.SHORT;
    List<String> databases = List.of(option(arguments, "--databases=", "H2,POSTGRESQL").split(","));
    List<Scenario> scenarios =
        Arrays.stream(
                option(
                        arguments,
                        "--scenarios=",
                        String.join(",", Arrays.stream(Scenario.values()).map(Enum::name).toList()))
                    .split(","))
            .filter(s -> !s.isBlank())
            .map(Scenario::valueOf)
            .toList();
    List<Integer> sizes =
        Arrays.stream(option(arguments, "--scale=", "1000,10000,100000,1000000").split(","))
            .filter(s -> !s.isBlank())
            .map(Integer::valueOf)
            .toList();
    long seed = Long.parseLong(option(arguments, "--seed=", "20261201"));
    Path output = Path.of(option(arguments, "--output=", "RESULTS.md"));

    MachineLoad load = new MachineLoad();
    load.sample("start");
    PairedRounds rounds = new PairedRounds(settings, seed);
    List<Result> results = new ArrayList<>();
    for (String database : databases) {
      for (Scenario scenario : scenarios) {
        List<Result> measured =
            rounds.measure(scenario, BenchmarkDatabase.valueOf(database), scenario.contestants());
        results.addAll(measured);
        measured.forEach(
            r ->
                System.out.printf(
                    "%-16s %-10s %-18s %s%n",
                    scenario, database, r.contestant(), ResultsReport.time(r.nanosPerCall())));
        load.sample(scenario + " on " + database);
      }
    }
    StatementCounts statements =
        StatementCounts.count(
            databases.stream().map(BenchmarkDatabase::valueOf).toList(), scenarios);
    String registry = RegistryTiming.measure(settings);
    load.sample("registry");
    String scale =
        sizes.isEmpty() || !databases.contains("POSTGRESQL") ? "" : new ScaleRun(sizes, load).run();
    ResultsReport report = new ResultsReport(results, statements, databases);
    String markdown =
        "# Benchmark results\n\n"
            + "Measured on "
            + LocalDate.now()
            + " with `./mvnw -pl benchmarks exec:exec"
            + (full ? " -Dbenchmarks.args=--full" : "")
            + "`: paired rounds ("
            + settings.warmUpMillis() / 1000.0
            + " s warm-up per contestant, then "
            + settings.rounds()
            + " rounds; each round runs every contestant"
            + " once, in a shuffled order, for a sample of about "
            + settings.sampleMillis()
            + " ms) on "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + Runtime.version()
            + ", "
            + String.join(", ", versions(databases))
            + ". Machine load during the run: "
            + load.describe()
            + ". Every number comes from this one run. *time* is the median time per call over the rounds;"
            + " a ratio is the median over the rounds of one contestant's time divided by the other's in the same"
            + " round, with the quartiles of those ratios; lower is better. *jdbc* is the hand-written floor (one"
            + " statement per level, batched writes); *statements* counts the statements and JDBC batches one"
            + " call sends (datasource-proxy).\n\n"
            + "## Targets\n\n"
            + report.targets()
            + "\n## Measurements\n"
            + report.tables()
            + "\n### build the registry of 500 models (startup)\n\n"
            + registry
            + "\n"
            + scale;
    markdown += notes(output);
    System.out.println(markdown);
    Files.writeString(output, markdown);
    System.out.println("Written to " + output.toAbsolutePath());
  }

  /** The hand-written {@value #NOTES} section of the previous results, kept across runs. */
  private static String notes(Path output) throws Exception {
    if (!Files.exists(output)) {
      return "";
    }
    String previous = Files.readString(output);
    int notes = previous.indexOf("\n" + NOTES + "\n");
    return notes < 0 ? "" : previous.substring(notes);
  }

  private static List<String> versions(List<String> databases) throws Exception {
    List<String> versions = new ArrayList<>();
    for (String database : databases) {
      try (HikariDataSource dataSource = BenchmarkDatabase.valueOf(database).open();
          Connection connection = dataSource.getConnection()) {
        DatabaseMetaData metadata = connection.getMetaData();
        versions.add(
            metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion());
      }
    }
    return versions;
  }

  private static String option(List<String> arguments, String prefix, String fallback) {
    return arguments.stream()
        .filter(a -> a.startsWith(prefix))
        .map(a -> a.substring(prefix.length()))
        .findFirst()
        .orElse(fallback);
  }
}
