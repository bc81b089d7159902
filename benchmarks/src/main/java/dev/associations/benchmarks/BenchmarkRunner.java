package dev.associations.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.associations.benchmarks.fixture.BenchmarkDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every scenario with JMH on H2 and PostgreSQL, counts the statements of each contestant,
 * prints the tables and writes them, with the targets, to {@code RESULTS.md}, keeping the
 * hand-written section that starts with {@value #NOTES}.
 *
 * <p>Arguments: {@code --full} for longer runs (3 forks, 5 x 2 s warm-up, 10 x 2 s measurement)
 * instead of the short default (1 fork, 3 x 1 s, 5 x 1 s); {@code --databases=H2} to leave
 * PostgreSQL out; {@code --include=<regex>} to run some benchmarks only; {@code --contestants=jdbc,associations}
 * to run some contestants only; {@code --output=<file>}.
 */
public final class BenchmarkRunner {

  /** The heading of the hand-written part of RESULTS.md, which a run keeps. */
  static final String NOTES = "## Notes";

  private BenchmarkRunner() {
  }

  public static void main(String[] args) throws Exception {
    // Maven's exec:exec passes -Dbenchmarks.args as one argument: split it
    List<String> arguments = Arrays.stream(args).flatMap(a -> Arrays.stream(a.trim().split("\\s+")))
        .filter(a -> !a.isBlank()).toList();
    boolean full = arguments.contains("--full");
    List<String> databases = List.of(option(arguments, "--databases=", "H2,POSTGRESQL").split(","));
    Path output = Path.of(option(arguments, "--output=", "RESULTS.md"));
    OptionsBuilder builder = new OptionsBuilder();
    String contestants = option(arguments, "--contestants=", null);
    if (contestants != null) {
      builder.param("contestant", contestants.split(","));
    }
    Options options = builder
        .include("dev\\.associations\\.benchmarks\\.jmh\\." + option(arguments, "--include=", ".*"))
        .param("database", databases.toArray(String[]::new))
        .forks(full ? 3 : 1)
        .warmupIterations(full ? 5 : 3).warmupTime(TimeValue.seconds(full ? 2 : 1))
        .measurementIterations(full ? 10 : 5).measurementTime(TimeValue.seconds(full ? 2 : 1))
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .build();
    Collection<RunResult> runs = new Runner(options).run();

    List<Measurement> measurements = new ArrayList<>();
    for (RunResult run : runs) {
      measurements.add(new Measurement(Scenario.ofBenchmark(run.getParams().getBenchmark()),
          run.getParams().getParam("database"),
          run.getParams().getParam("contestant") == null ? "associations" : run.getParams().getParam("contestant"),
          run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError(),
          run.getPrimaryResult().getScoreUnit()));
    }
    StatementCounts statements = StatementCounts.count(databases.stream().map(BenchmarkDatabase::valueOf).toList(),
        measurements.stream().filter(m -> m.database() != null).map(Measurement::contestant)
            .collect(Collectors.toSet()));
    ResultsReport report = new ResultsReport(measurements, statements, databases);
    String markdown = document(report, databases, full) + notes(output);
    System.out.println(markdown);
    Files.writeString(output, markdown);
    System.out.println("Written to " + output.toAbsolutePath());
  }

  private static String document(ResultsReport report, List<String> databases, boolean full) throws Exception {
    return "# Benchmark results\n\n"
        + "Measured on " + LocalDate.now() + " with `./mvnw -pl benchmarks exec:exec"
        + (full ? " -Dbenchmarks.args=--full" : "") + "` (JMH, "
        + (full ? "3 forks, 5 x 2 s warm-up, 10 x 2 s measurement" : "1 fork, 3 x 1 s warm-up, 5 x 1 s measurement")
        + ") on " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ", "
        + String.join(", ", versions(databases)) + ". Every number of a table comes from the same run. Times are"
        + " means with their 99.9% confidence half-width; lower is better. *ratio to jdbc* divides by the"
        + " hand-written JDBC floor (one statement per level, batched writes); *statements* counts the"
        + " statements and JDBC batches sent for one operation (datasource-proxy).\n\n"
        + "## Targets\n\n" + report.targets() + "\n## Measurements\n" + report.tables();
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
        versions.add(metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion());
      }
    }
    return versions;
  }

  private static String option(List<String> arguments, String prefix, String fallback) {
    return arguments.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
        .findFirst().orElse(fallback);
  }
}
