package dev.associations.benchmarks;

import dev.associations.benchmarks.PairedRounds.Ratio;
import dev.associations.benchmarks.PairedRounds.Result;
import java.util.List;
import java.util.Optional;

/** Renders a run's paired results, statement counts and targets as the Markdown of RESULTS.md. */
final class ResultsReport {

  /** The contestant every table's ratio divides by. */
  static final String FLOOR = "jdbc";

  private final List<Result> results;
  private final StatementCounts statements;
  private final List<String> databases;

  ResultsReport(List<Result> results, StatementCounts statements, List<String> databases) {
    this.results = results;
    this.statements = statements;
    this.databases = databases;
  }

  /**
   * The tables: one per scenario, a row per contestant, time, ratio and statements per database.
   */
  String tables() {
    StringBuilder out = new StringBuilder();
    for (Scenario scenario : Scenario.values()) {
      if (results.stream().noneMatch(r -> r.scenario() == scenario)) {
        continue;
      }
      out.append("\n### ").append(scenario.title()).append("\n\n");
      StringBuilder header = new StringBuilder("| contestant |");
      StringBuilder rule = new StringBuilder("|---|");
      for (String database : databases) {
        header
            .append(" ")
            .append(label(database))
            .append(" time | ratio to jdbc (quartiles) | statements |");
        rule.append("---:|---:|---:|");
      }
      out.append(header).append('\n').append(rule).append('\n');
      for (String contestant : scenario.contestants()) {
        out.append("| ").append(contestant).append(" |");
        for (String database : databases) {
          Optional<Result> result = find(scenario, database, contestant);
          Optional<Result> floor = find(scenario, database, FLOOR);
          Long count = statements.of(scenario, database, contestant);
          out.append(' ')
              .append(result.map(r -> time(r.nanosPerCall())).orElse("–"))
              .append(" | ")
              .append(
                  result.isPresent() && floor.isPresent()
                      ? ratio(result.get().over(floor.get()))
                      : "–")
              .append(" | ")
              .append(count == null ? "–" : count)
              .append(" |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The targets: goal, measured paired ratio, met or missed. */
  String targets() {
    StringBuilder out =
        new StringBuilder(
            "| scenario | database | goal | measured (quartiles) | |\n"
                + "|---|---|---|---|---|\n");
    for (Target target : Target.all()) {
      Optional<Result> ours = find(target.scenario(), target.database(), Target.OURS);
      Optional<Result> reference = find(target.scenario(), target.database(), target.reference());
      if (ours.isEmpty() || reference.isEmpty()) {
        continue;
      }
      Ratio ratio = ours.get().over(reference.get());
      out.append("| ")
          .append(target.scenario().title())
          .append(" | ")
          .append(label(target.database()))
          .append(" | ")
          .append(target.goal())
          .append(" | ")
          .append(ratio(ratio))
          .append(" | ")
          .append(
              ratio.median() <= target.maxRatio()
                  ? "met"
                  : ratio.low() <= target.maxRatio()
                      ? "missed (within the quartiles)"
                      : "**missed**")
          .append(" |\n");
    }
    return out.toString();
  }

  private Optional<Result> find(Scenario scenario, String database, String contestant) {
    return results.stream()
        .filter(
            r ->
                r.scenario() == scenario
                    && database.equals(r.database())
                    && r.contestant().equals(contestant))
        .findFirst();
  }

  static String ratio(Ratio ratio) {
    return String.format("%.2fx (%.2f–%.2f)", ratio.median(), ratio.low(), ratio.high());
  }

  /** A time per call in the unit that keeps three to four digits. */
  static String time(double nanos) {
    if (nanos >= 1e6) {
      return String.format("%.2f ms", nanos / 1e6);
    }
    return nanos >= 1e3 ? String.format("%.1f us", nanos / 1e3) : String.format("%.0f ns", nanos);
  }

  static String label(String database) {
    return "POSTGRESQL".equals(database) ? "PostgreSQL" : database;
  }
}
