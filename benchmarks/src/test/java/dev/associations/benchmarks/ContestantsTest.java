package dev.associations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.associations.benchmarks.contestants.Contestants;
import dev.associations.benchmarks.fixture.BenchmarkData;
import dev.associations.benchmarks.fixture.BenchmarkDatabase;
import dev.associations.benchmarks.fixture.Contestant;
import dev.associations.benchmarks.fixture.Counts;
import dev.associations.benchmarks.fixture.QueryContestant;
import dev.associations.benchmarks.fixture.StatementCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every contestant does every scenario right, on H2 and (when its URL is set) PostgreSQL: the
 * timings of the benchmarks compare equal work.
 */
class ContestantsTest {

  static Stream<Arguments> contestants() {
    List<Arguments> all = new ArrayList<>();
    for (BenchmarkDatabase database : BenchmarkDatabase.values()) {
      for (Contestants contestant : Contestants.values()) {
        all.add(Arguments.of(database, contestant));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("contestants")
  void doesEveryScenarioRight(BenchmarkDatabase database, Contestants kind) {
    Assumptions.assumeTrue(
        database == BenchmarkDatabase.H2 || System.getenv("ASSOCIATIONS_TEST_POSTGRES_URL") != null,
        "PostgreSQL runs when ASSOCIATIONS_TEST_POSTGRES_URL is set");
    try (HikariDataSource dataSource = database.openWithData();
        Contestant contestant = kind.create(new StatementCounter().wrap(dataSource))) {
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);

      assertThat(contestant.loadParentsWithChildrenAndLicenses())
          .isEqualTo(
              new Counts(
                  BenchmarkData.PARENTS,
                  BenchmarkData.PARENTS * BenchmarkData.CHILDREN_PER_PARENT,
                  BenchmarkData.PARENTS * BenchmarkData.CHILDREN_PER_PARENT,
                  0));

      Counts one = contestant.loadParentWithChildrenAndClubs(7);
      assertThat(one.parents()).isEqualTo(1);
      assertThat(one.children()).isEqualTo(BenchmarkData.CHILDREN_PER_PARENT);
      assertThat(one.clubs()).isEqualTo(BenchmarkData.CLUBS_PER_PARENT);

      contestant.addChildren(1, IntStream.range(0, 1_000).mapToObj(i -> "New " + i).toList());
      assertThat(
              jdbc.queryForObject("SELECT COUNT(*) FROM children WHERE parent_id = 1", Long.class))
          .isEqualTo(1_000 + BenchmarkData.CHILDREN_PER_PARENT);
      assertThat(
              jdbc.queryForList(
                  "SELECT name FROM children WHERE parent_id = 1 AND name LIKE 'New %'",
                  String.class))
          .hasSize(1_000)
          .contains("New 0", "New 999");

      if (contestant instanceof QueryContestant queries) {
        doesEveryQueryRight(queries, jdbc);
      }

      List<Long> clubs = LongStream.rangeClosed(51, 150).boxed().toList();
      contestant.setClubs(3, clubs);
      contestant.setClubs(3, clubs); // the same set again changes nothing
      assertThat(
              jdbc.queryForList(
                  "SELECT club_id FROM clubs_parents WHERE parent_id = 3 ORDER BY club_id",
                  Long.class))
          .isEqualTo(clubs);
      assertThat(
              jdbc.queryForList(
                  "SELECT club_id FROM clubs_parents WHERE parent_id = 4 ORDER BY club_id",
                  Long.class))
          .containsExactlyInAnyOrderElementsOf(BenchmarkData.clubsOf(4));
    }
  }

  /** The query scenarios' answers, computed another way: plain SQL counts over the same rows. */
  private static void doesEveryQueryRight(QueryContestant contestant, JdbcTemplate jdbc) {
    int named =
        jdbc.queryForObject(
            "SELECT COUNT(DISTINCT parent_id) FROM children WHERE name LIKE 'Child 1%'",
            Integer.class);
    assertThat(named).isBetween(1, BenchmarkData.PARENTS - 1);
    assertThat(contestant.parentsWithChildNamed("Child 1")).isEqualTo(new Counts(named, 0, 0, 0));

    int parents = jdbc.queryForObject("SELECT COUNT(*) FROM parents", Integer.class);
    int newest =
        jdbc.queryForObject(
            "SELECT SUM(LEAST(n, 3)) FROM (SELECT COUNT(*) AS n FROM children"
                + " GROUP BY parent_id) c",
            Integer.class);
    assertThat(contestant.parentsWithNewestChildren(3))
        .isEqualTo(new Counts(parents, newest, 0, 0));

    int children =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM children WHERE parent_id IN (SELECT id FROM"
                + " (SELECT id FROM parents ORDER BY name, id LIMIT 20 OFFSET 140) p)",
            Integer.class);
    assertThat(contestant.pageOfParentsWithChildren(7, 20))
        .isEqualTo(new Counts(20, children, 0, 0, parents));
  }
}
