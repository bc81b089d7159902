package dev.associations.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A goal of the project, as a ratio of two contestants' paired times in one run: this project's
 * time divided by the reference's must be at most {@code maxRatio}.
 */
record Target(Scenario scenario, String database, String reference, double maxRatio, String goal) {

  static final String OURS = "associations";

  static List<Target> all() {
    String sql = "within 1.2x hand-written SQL";
    List<Target> targets = new ArrayList<>();
    for (String database : List.of("H2", "POSTGRESQL")) {
      targets.add(
          new Target(
              Scenario.LOAD_ALL, database, "jdbc", 1.0, "at most 1.0x hand-written batched JDBC"));
      targets.add(
          new Target(
              Scenario.LOAD_ALL,
              database,
              "jdbc-single-join",
              1.2,
              "within 1.2x a hand-written single LEFT JOIN"));
      targets.add(
          new Target(
              Scenario.LOAD_ONE,
              database,
              "hibernate",
              1.0,
              "at most 1.0x Hibernate's fetch join"));
      targets.add(new Target(Scenario.FILTER_EXISTS, database, "jdbc", 1.2, sql));
      targets.add(new Target(Scenario.NEWEST_CHILDREN, database, "jdbc", 1.2, sql));
      targets.add(new Target(Scenario.PAGE, database, "jdbc", 1.2, sql));
      targets.add(
          new Target(Scenario.ADD_CHILDREN, database, "jdbc", 1.2, "within 1.2x a raw JDBC batch"));
    }
    return targets;
  }
}
