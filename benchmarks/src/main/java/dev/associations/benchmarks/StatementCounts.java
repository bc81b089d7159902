package dev.associations.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.associations.benchmarks.contestants.Contestants;
import dev.associations.benchmarks.fixture.BenchmarkDatabase;
import dev.associations.benchmarks.fixture.Contestant;
import dev.associations.benchmarks.fixture.StatementCounter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements each contestant sends per scenario, counted with a {@link StatementCounter} after
 * a first call (which may warm caches, such as Hibernate's), in the runner's own JVM.
 */
final class StatementCounts {

  private final Map<String, Long> counts = new HashMap<>();

  /** Counts for the contestants of these scenarios on these databases. */
  static StatementCounts count(List<BenchmarkDatabase> databases, List<Scenario> scenarios)
      throws Exception {
    StatementCounts result = new StatementCounts();
    for (BenchmarkDatabase database : databases) {
      for (Contestants kind : Contestants.values()) {
        if (scenarios.stream().noneMatch(s -> s.contestants().contains(kind.label()))) {
          continue;
        }
        StatementCounter counter = new StatementCounter();
        try (HikariDataSource dataSource = database.openWithData();
            Contestant contestant = kind.create(counter.wrap(dataSource))) {
          for (Scenario scenario : scenarios) {
            if (scenario.contestants().contains(kind.label())) {
              result.counts.put(
                  key(scenario, database.name(), kind.label()),
                  count(scenario, contestant, counter));
              scenario.restore(dataSource);
            }
          }
        }
      }
    }
    return result;
  }

  /** The statements of one call, after a first one. */
  static long count(Scenario scenario, Contestant contestant, StatementCounter counter) {
    scenario.run(contestant, 0);
    counter.reset();
    for (int i = 1; i <= scenario.callsPerCount(); i++) {
      scenario.run(contestant, i);
    }
    return counter.count() / scenario.callsPerCount();
  }

  /** The count, or {@code null} when not counted. */
  Long of(Scenario scenario, String database, String contestant) {
    return counts.get(key(scenario, database, contestant));
  }

  private static String key(Scenario scenario, String database, String contestant) {
    return scenario + "/" + database + "/" + contestant;
  }
}
