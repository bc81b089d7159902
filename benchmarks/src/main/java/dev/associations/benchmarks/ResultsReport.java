package dev.associations.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Renders a run's measurements, statement counts and targets as the Markdown of RESULTS.md. */
final class ResultsReport {

  private final List<Measurement> measurements;
  private final StatementCounts statements;
  private final List<String> databases;

  ResultsReport(List<Measurement> measurements, StatementCounts statements, List<String> databases) {
    this.measurements = measurements;
    this.statements = statements;
    this.databases = databases;
  }

  /** The tables: one per scenario, a row per contestant, time, ratio and statements per database. */
  String tables() {
    StringBuilder out = new StringBuilder();
    for (Scenario scenario : Scenario.values()) {
      List<Measurement> rows = measurements.stream().filter(m -> m.scenario() == scenario).toList();
      if (rows.isEmpty()) {
        continue;
      }
      out.append("\n### ").append(scenario.title()).append("\n\n");
      if (scenario == Scenario.REGISTRY) {
        Measurement m = rows.get(0);
        out.append("| contestant | time |\n|---|---|\n")
            .append("| ").append(m.contestant()).append(" | ").append(time(m)).append(" |\n");
        continue;
      }
      StringBuilder header = new StringBuilder("| contestant |");
      StringBuilder rule = new StringBuilder("|---|");
      for (String database : databases) {
        header.append(" ").append(label(database)).append(" time | ratio to jdbc | statements |");
        rule.append("---:|---:|---:|");
      }
      out.append(header).append('\n').append(rule).append('\n');
      for (String contestant : contestants(rows)) {
        out.append("| ").append(contestant).append(" |");
        for (String database : databases) {
          Optional<Measurement> m = find(scenario, database, contestant);
          Optional<Measurement> jdbc = find(scenario, database, "jdbc");
          Long count = statements.of(scenario, database, contestant);
          out.append(' ').append(m.map(ResultsReport::time).orElse("–")).append(" | ")
              .append(m.isPresent() && jdbc.isPresent()
                  ? String.format("%.2fx", m.get().score() / jdbc.get().score()) : "–")
              .append(" | ").append(count == null ? "–" : count).append(" |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The targets: goal, measured ratio, met or missed. */
  String targets() {
    StringBuilder out = new StringBuilder("| scenario | database | goal | measured | |\n|---|---|---|---|---|\n");
    for (Target target : Target.all()) {
      Optional<Measurement> ours = find(target.scenario(), target.database(), Target.OURS);
      Optional<Measurement> reference = find(target.scenario(), target.database(), target.reference());
      if (ours.isEmpty() || reference.isEmpty()) {
        continue;
      }
      double ratio = ours.get().score() / reference.get().score();
      out.append("| ").append(target.scenario().title()).append(" | ").append(label(target.database()))
          .append(" | ").append(target.goal()).append(" | ").append(target.describe(ratio)).append(" | ")
          .append(ratio <= target.maxRatio() ? "met" : overlap(ours.get(), reference.get(), target)
              ? "missed (within the error)" : "**missed**")
          .append(" |\n");
    }
    return out.toString();
  }

  /** Whether the goal is inside the two confidence intervals: the run cannot tell. */
  private static boolean overlap(Measurement ours, Measurement reference, Target target) {
    return ours.score() - ours.error() <= (reference.score() + reference.error()) * target.maxRatio();
  }

  private Optional<Measurement> find(Scenario scenario, String database, String contestant) {
    return measurements.stream().filter(m -> m.scenario() == scenario && database.equals(m.database())
        && m.contestant().equals(contestant)).findFirst();
  }

  private static Set<String> contestants(List<Measurement> rows) {
    Set<String> names = new LinkedHashSet<>();
    List<String> order = new ArrayList<>(List.of("jdbc", "jdbc-single-join", "associations", "spring-data-jdbc",
        "hibernate"));
    order.forEach(name -> rows.stream().filter(m -> m.contestant().equals(name)).findAny()
        .ifPresent(m -> names.add(name)));
    rows.forEach(m -> names.add(m.contestant()));
    return names;
  }

  private static String time(Measurement m) {
    return String.format("%.3f ± %.3f %s", m.score(), m.error(), m.unit());
  }

  static String label(String database) {
    return "POSTGRESQL".equals(database) ? "PostgreSQL" : database;
  }
}
