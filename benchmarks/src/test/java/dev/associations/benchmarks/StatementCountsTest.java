package dev.associations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.associations.benchmarks.contestants.Contestants;
import dev.associations.benchmarks.fixture.BenchmarkDatabase;
import dev.associations.benchmarks.fixture.Contestant;
import dev.associations.benchmarks.fixture.StatementCounter;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The statements this project sends, next to the hand-written floor, on H2. */
class StatementCountsTest {

  @Test
  void oneStatementPerIncludeLevelAndOneBatchPerWrite() {
    assertThat(counts(Contestants.JDBC)).containsExactly(2L, 3L, 1L, 2L);
    assertThat(counts(Contestants.JDBC_SINGLE_JOIN)).containsExactly(1L, 3L, 1L, 2L);
    // set reads the current links first, then deletes and inserts only the difference
    assertThat(counts(Contestants.ASSOCIATIONS)).containsExactly(2L, 3L, 1L, 3L);
  }

  @Test
  void theQueryFeaturesSendWhatHandWrittenSqlSends() {
    // the filter is one statement, the newest children one per level, a page its rows, children and
    // count
    for (Contestants kind : new Contestants[] {Contestants.JDBC, Contestants.ASSOCIATIONS}) {
      StatementCounter counter = new StatementCounter();
      try (HikariDataSource dataSource = BenchmarkDatabase.H2.openWithData();
          Contestant contestant = kind.create(counter.wrap(dataSource))) {
        assertThat(
                List.of(Scenario.FILTER_EXISTS, Scenario.NEWEST_CHILDREN, Scenario.PAGE).stream()
                    .map(scenario -> StatementCounts.count(scenario, contestant, counter)))
            .as(kind.label())
            .containsExactly(1L, 2L, 3L);
      }
    }
  }

  private static List<Long> counts(Contestants kind) {
    StatementCounter counter = new StatementCounter();
    try (HikariDataSource dataSource = BenchmarkDatabase.H2.openWithData();
        Contestant contestant = kind.create(counter.wrap(dataSource))) {
      counter.reset();
      contestant.loadParentsWithChildrenAndLicenses();
      long load = counter.count();
      counter.reset();
      contestant.loadParentWithChildrenAndClubs(1);
      long one = counter.count();
      counter.reset();
      contestant.addChildren(1, IntStream.range(0, 1_000).mapToObj(i -> "c" + i).toList());
      long add = counter.count();
      counter.reset();
      contestant.setClubs(1, LongStream.rangeClosed(1, 100).boxed().toList());
      return List.of(load, one, add, counter.count());
    }
  }
}
