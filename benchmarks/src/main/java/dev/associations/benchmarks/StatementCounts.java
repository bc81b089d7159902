package dev.associations.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.associations.benchmarks.contestants.Contestants;
import dev.associations.benchmarks.fixture.BenchmarkDatabase;
import dev.associations.benchmarks.fixture.Contestant;
import dev.associations.benchmarks.fixture.StatementCounter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements each contestant sends per scenario, counted with a {@link StatementCounter} on the
 * second call (the first may warm caches, such as Hibernate's), in the runner's own JVM.
 */
final class StatementCounts {

  private final Map<String, Long> counts = new HashMap<>();

  /** Counts for these contestants (labels) on these databases. */
  static StatementCounts count(List<BenchmarkDatabase> databases, Set<String> contestants) throws Exception {
    StatementCounts result = new StatementCounts();
    for (BenchmarkDatabase database : databases) {
      for (Contestants kind : Contestants.values()) {
        if (!contestants.contains(kind.label())) {
          continue;
        }
        StatementCounter counter = new StatementCounter();
        try (HikariDataSource dataSource = database.openWithData();
            Contestant contestant = kind.create(counter.wrap(dataSource))) {
          for (Scenario scenario : Scenario.withDatabase()) {
            scenario.runOnce(contestant);
            counter.reset();
            scenario.runOnce(contestant);
            result.counts.put(key(scenario, database.name(), kind.label()), counter.count() / scenario.callsPerRun());
          }
        }
      }
    }
    return result;
  }

  /** The count, or {@code null} when not counted. */
  Long of(Scenario scenario, String database, String contestant) {
    return counts.get(key(scenario, database, contestant));
  }

  private static String key(Scenario scenario, String database, String contestant) {
    return scenario + "/" + database + "/" + contestant;
  }
}
