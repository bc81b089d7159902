package dev.associations.benchmarks;

import java.util.List;

/**
 * A goal of the issue, as a ratio of two contestants' times in one run: this project's time divided
 * by the reference's must be at most {@code maxRatio}.
 */
record Target(Scenario scenario, String database, String reference, double maxRatio, String goal) {

  static final String OURS = "associations";

  static List<Target> all() {
    return List.of(
        new Target(Scenario.LOAD_ALL, "H2", "jdbc", 1.0, "at most 1.0x hand-written batched JDBC"),
        new Target(Scenario.LOAD_ALL, "POSTGRESQL", "jdbc", 1.0, "at most 1.0x hand-written batched JDBC"),
        new Target(Scenario.LOAD_ALL, "H2", "jdbc-single-join", 1.3, "within 1.3x a hand-written single LEFT JOIN"),
        new Target(Scenario.LOAD_ALL, "POSTGRESQL", "jdbc-single-join", 1.3,
            "within 1.3x a hand-written single LEFT JOIN"),
        new Target(Scenario.LOAD_ALL, "POSTGRESQL", "hibernate", 1 / 2.0, "at least 2x faster than Hibernate"),
        new Target(Scenario.LOAD_ALL, "POSTGRESQL", "spring-data-jdbc", 1 / 9.0,
            "at least 9x faster than Spring Data JDBC"),
        new Target(Scenario.LOAD_ONE, "H2", "hibernate", 1.0, "no slower than Hibernate's fetch join"),
        new Target(Scenario.LOAD_ONE, "POSTGRESQL", "hibernate", 1.0, "no slower than Hibernate's fetch join"),
        new Target(Scenario.ADD_CHILDREN, "H2", "jdbc", 1.2, "within 1.2x a raw JDBC batch"),
        new Target(Scenario.ADD_CHILDREN, "POSTGRESQL", "jdbc", 1.2, "within 1.2x a raw JDBC batch"));
  }

  /** How the measured ratio reads: {@code 0.93x} or, for speed-ups, {@code 3.10x faster}. */
  String describe(double ratio) {
    return maxRatio < 1 ? String.format("%.2fx faster", 1 / ratio) : String.format("%.2fx", ratio);
  }
}
