package dev.associations.benchmarks;

import dev.associations.benchmarks.fixture.BenchmarkData;
import dev.associations.benchmarks.fixture.Contestant;
import dev.associations.benchmarks.fixture.QueryContestant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scenarios measured against each other: who takes part, the operation (called with a running
 * number, so that writes can rotate their target) and what restores the data between samples.
 */
enum Scenario {
  LOAD_ALL(
      "load 1,000 roots, two include levels",
      Contestants.ALL,
      (contestant, i) -> contestant.loadParentsWithChildrenAndLicenses()),
  LOAD_ONE(
      "load one root by id, two includes",
      Contestants.ALL,
      (contestant, i) -> contestant.loadParentWithChildrenAndClubs(i % BenchmarkData.PARENTS + 1)),
  ADD_CHILDREN(
      "add 1,000 children to one parent",
      Contestants.WRITERS,
      (contestant, i) -> {
        contestant.addChildren(i % BenchmarkData.PARENTS + 1, Names.ADDED);
        return null;
      }),
  SET_CLUBS(
      "set a BelongsToMany of 100 (50 out, 50 in)",
      Contestants.WRITERS,
      (contestant, i) -> {
        contestant.setClubs(1, i % 2 == 0 ? Names.CLUBS_1_TO_100 : Names.CLUBS_51_TO_150);
        return null;
      }),
  FILTER_EXISTS(
      "roots having a child whose name starts with a prefix (a to-many path filter, EXISTS)",
      Contestants.QUERIES,
      (contestant, i) -> ((QueryContestant) contestant).parentsWithChildNamed("Child 1")),
  NEWEST_CHILDREN(
      "1,000 roots, each with its 3 newest children (per-parent limit)",
      Contestants.QUERIES,
      (contestant, i) -> ((QueryContestant) contestant).parentsWithNewestChildren(3)),
  PAGE(
      "a page of 20 roots by name with their children, and the total",
      Contestants.QUERIES,
      (contestant, i) -> ((QueryContestant) contestant).pageOfParentsWithChildren(i % 40 + 1, 20));

  /** Which contestants take part. */
  private static final class Contestants {
    static final List<String> ALL =
        List.of("jdbc", "jdbc-single-join", "associations", "spring-data-jdbc", "hibernate");
    static final List<String> WRITERS =
        List.of("jdbc", "associations", "spring-data-jdbc", "hibernate");
    static final List<String> QUERIES = List.of("jdbc", "associations");
  }

  private static final class Names {
    static final List<String> ADDED =
        IntStream.range(0, 1_000).mapToObj(i -> "added " + i).toList();
    static final List<Long> CLUBS_1_TO_100 = LongStream.rangeClosed(1, 100).boxed().toList();
    static final List<Long> CLUBS_51_TO_150 = LongStream.rangeClosed(51, 150).boxed().toList();
  }

  /** One call of the scenario, returning what it loaded if anything; {@code i} counts the calls. */
  interface Operation {
    Object run(Contestant contestant, int i);
  }

  private final String title;
  private final List<String> contestants;
  private final Operation operation;

  Scenario(String title, List<String> contestants, Operation operation) {
    this.title = title;
    this.contestants = contestants;
    this.operation = operation;
  }

  String title() {
    return title;
  }

  /** The contestants' labels, the floor ({@code jdbc}) first. */
  List<String> contestants() {
    return contestants;
  }

  Object run(Contestant contestant, int i) {
    return operation.run(contestant, i);
  }

  /**
   * Puts the data back as {@link BenchmarkData} made it, after the writes of a sample (not timed).
   */
  void restore(DataSource dataSource) {
    if (this == ADD_CHILDREN) {
      new JdbcTemplate(dataSource).update("DELETE FROM children WHERE name LIKE 'added %'");
    }
  }

  /**
   * How many statements one call sends is counted over this many calls (a set flips between two
   * sets).
   */
  int callsPerCount() {
    return this == SET_CLUBS ? 2 : 1;
  }
}
