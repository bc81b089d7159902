package dev.associations.repository;

import static dev.associations.repository.Condition.anyOf;
import static dev.associations.repository.Condition.not;
import static dev.associations.repository.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.dialect.Dialect;
import dev.associations.dialect.Dialects;
import dev.associations.internal.query.IncludePlan;
import dev.associations.internal.sql.IncludeStatements;
import dev.associations.internal.sql.JoinedTables;
import dev.associations.internal.sql.ModelStatements;
import dev.associations.internal.sql.SqlStatement;
import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.QueryModels.Article;
import dev.associations.testsupport.FaqModels.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL a query renders, per database, without one: the statements' text and bound values. */
class QuerySqlTest {

  private static final AssociationRegistry REGISTRY = QueryModels.registry();

  private static SqlStatement select(Dialect dialect, Query query) {
    return new ModelStatements(dialect, REGISTRY.model(Article.class))
        .select(new QueryResolver(REGISTRY, REGISTRY.model(Article.class)).selection(query));
  }

  private static SqlStatement count(Dialect dialect, Query query) {
    return new ModelStatements(dialect, REGISTRY.model(Article.class))
        .count(new QueryResolver(REGISTRY, REGISTRY.model(Article.class)).selection(query));
  }

  private static final String COLUMNS =
      "SELECT t0.id, t0.title, t0.likes, t0.published_on FROM articles t0";

  @Test
  void comparisonsAreBoundParameters() {
    SqlStatement statement =
        select(
            Dialects.POSTGRESQL,
            Query.where("likes")
                .between(1, 5)
                .and("title")
                .isNot("x")
                .and("likes")
                .notIn(List.of(2, 3))
                .and("publishedOn")
                .greaterThanOrEqual(LocalDate.of(2026, 1, 1))
                .and("title")
                .isIgnoreCase("Y")
                .and("likes")
                .in(List.of()));

    assertThat(statement.sql())
        .isEqualTo(
            COLUMNS
                + " WHERE (t0.likes BETWEEN ? AND ? AND t0.title <> ?"
                + " AND t0.likes NOT IN (?, ?) AND t0.published_on >= ? AND LOWER(t0.title) = LOWER(?) AND 1 = 0)");
    assertThat(statement.parameters())
        .containsExactly(1, 5, "x", 2, 3, LocalDate.of(2026, 1, 1), "Y");
  }

  @Test
  void likePatternsEscapeWithACharacterNoDatabaseSettingChangesOrPostgreSqlsDefault() {
    Query query = Query.where("title").contains("50%_!\\").and("title").likeIgnoreCase("a\\%b!%");

    assertThat(select(Dialects.H2, query))
        .isEqualTo(
            new SqlStatement(
                COLUMNS
                    + " WHERE (t0.title LIKE ? ESCAPE '!' AND LOWER(t0.title) LIKE LOWER(?) ESCAPE '!')",
                List.of("%50!%!_!!\\%", "a!%b!!%")));
    // PostgreSQL: its default backslash, without the ESCAPE clause it would evaluate for every row
    assertThat(select(Dialects.POSTGRESQL, query))
        .isEqualTo(
            new SqlStatement(
                COLUMNS + " WHERE (t0.title LIKE ? AND LOWER(t0.title) LIKE LOWER(?))",
                List.of("%50\\%\\_!\\\\%", "a\\%b!%")));
    assertThat(select(Dialects.MARIADB, query).sql())
        .isEqualTo(
            COLUMNS.replace('"', '`')
                + " WHERE (t0.title LIKE ? ESCAPE '!' AND LOWER(t0.title) LIKE LOWER(?) ESCAPE '!')");
  }

  @Test
  void aToOnePathJoinsOnceAndOrdersToo() {
    SqlStatement statement =
        select(
            Dialects.POSTGRESQL,
            Query.where("writer.name")
                .is("Ann")
                .and("writer.born")
                .isNull()
                .orderByDescending("writer.born")
                .limit(5));

    assertThat(statement.sql())
        .isEqualTo(
            COLUMNS
                + " LEFT JOIN writers q1 ON q1.id = t0.writer_id"
                + " WHERE (q1.name = ? AND q1.born IS NULL) ORDER BY q1.born DESC NULLS LAST LIMIT 5");
  }

  @Test
  void aToManyPathIsAnExistsSemiJoinAndBelongsToManyGoesThroughItsJoinTable() {
    SqlStatement statement =
        select(
            Dialects.MARIADB,
            Query.where("remarks.author.name")
                .is("Bob")
                .and(not(anyOf(where("labels.name").is("sql"), where("likes").isNull()))));

    assertThat(statement.sql())
        .isEqualTo(
            COLUMNS.replace('"', '`')
                + " WHERE (EXISTS (SELECT 1 FROM remarks q1"
                + " LEFT JOIN writers q2 ON q2.id = q1.author_id WHERE q1.article_id = t0.id AND q2.name = ?)"
                + " AND NOT ((EXISTS (SELECT 1 FROM articles_labels q3j JOIN labels q3 ON q3.id = q3j.label_id"
                + " WHERE q3j.article_id = t0.id AND q3.name = ?) OR t0.likes IS NULL)))");
    assertThat(statement.parameters()).containsExactly("Bob", "sql");
  }

  /**
   * Paths beside includes: a page over an include that a UNIQUE constraint keeps single pages the
   * roots first, with the conditions, their joins and the sort columns inside.
   */
  @Test
  void pathsInTheRootsStatementOfALoadWithIncludes() {
    AssociationRegistry faq = RepositoryFixture.FAQ;
    Query query =
        Query.where("currentDrivingLicense.id")
            .isNotNull()
            .and("children.name")
            .is("x")
            .orderBy("currentDrivingLicense.id")
            .limit(2);
    IncludePlan plan = IncludePlan.of(faq, Person.class, "currentDrivingLicense");

    SqlStatement statement =
        new IncludeStatements(Dialects.POSTGRESQL)
            .roots(
                JoinedTables.of(plan.root(), plan.nodes()),
                new QueryResolver(faq, faq.model(Person.class)).selection(query));

    assertThat(statement.sql())
        .isEqualTo(
            "SELECT t0.id AS c0, t0.name AS c1, t1.id AS c2,"
                + " t1.owner_id AS c3 FROM (SELECT t0.*, q1.id AS o0 FROM people t0"
                + " LEFT JOIN driving_licenses q1 ON q1.owner_id = t0.id AND NOT EXISTS (SELECT 1 FROM"
                + " driving_licenses q1x WHERE q1x.owner_id = q1.owner_id AND (q1x.id < q1.id))"
                + " WHERE (q1.id IS NOT NULL AND EXISTS (SELECT 1 FROM people_children q2j JOIN people q2"
                + " ON q2.id = q2j.child_id WHERE q2j.parent_id = t0.id AND q2.name = ?))"
                + " ORDER BY q1.id ASC NULLS FIRST LIMIT 2) t0 LEFT JOIN driving_licenses t1 ON t1.owner_id ="
                + " t0.id ORDER BY t0.o0 ASC NULLS FIRST");
    assertThat(statement.parameters()).containsExactly("x");
  }

  @Test
  void hasAndHasNoneTestTheAssociationItself() {
    assertThat(
            count(
                    Dialects.H2,
                    Query.whereHasNone("remarks")
                        .and(Condition.has("writer", where("articles.likes").greaterThan(3))))
                .sql())
        .isEqualTo(
            "SELECT COUNT(*) FROM articles t0 WHERE"
                + " (NOT (EXISTS (SELECT 1 FROM remarks q1 WHERE q1.article_id = t0.id))"
                + " AND EXISTS (SELECT 1 FROM writers q2 WHERE q2.id = t0.writer_id"
                + " AND EXISTS (SELECT 1 FROM articles q3 WHERE q3.writer_id = q2.id AND q3.likes > ?)))");
  }

  /**
   * Apart from their identifier quotes, and MariaDB's NULLs sorting lowest without {@code NULLS
   * FIRST / LAST}, the three databases get the same statements, values included.
   */
  @Test
  void theDatabasesDifferOnlyInQuoting() {
    List<Query> queries =
        List.of(
            Query.where("title")
                .containsIgnoreCase("a_b")
                .and("likes")
                .between(1, 9)
                .orderByDescending("publishedOn"),
            Query.where(
                    anyOf(
                        where("writer.name").like("A%"),
                        not(where("remarks.author.born").isNull())))
                .limit(3)
                .offset(1),
            Query.whereHas("labels", where("name").in("sql", "java"))
                .and(Condition.hasNone("remarks"))
                .orderBy("writer.born"));
    for (Query query : queries) {
      SqlStatement h2 = select(Dialects.H2, query);
      // PostgreSQL escapes LIKE patterns with its default backslash, so without an ESCAPE clause
      assertThat(select(Dialects.POSTGRESQL, query).sql())
          .isEqualTo(h2.sql().replace(" ESCAPE '!'", ""));
      assertThat(select(Dialects.MARIADB, query))
          .isEqualTo(
              new SqlStatement(
                  h2.sql().replace('"', '`').replace(" NULLS FIRST", "").replace(" NULLS LAST", ""),
                  h2.parameters()));
      assertThat(count(Dialects.MARIADB, query).sql())
          .isEqualTo(count(Dialects.H2, query).sql().replace('"', '`'));
    }
  }

  @Test
  void aJoinRowConditionNeedsAJoinModel() {
    QueryResolver resolver = new QueryResolver(REGISTRY, REGISTRY.model(Article.class));

    assertThatThrownBy(
            () ->
                resolver.plan(
                    Query.all().include("remarks", r -> r.through(where("approved").is(true)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "include 'remarks': cannot filter by join row: Article.remarks is a HasMany, which has no join table;"
                + " filter with where");
    assertThatThrownBy(
            () ->
                resolver.plan(
                    Query.all().include("labels", l -> l.through(where("labelId").is(1L)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "Article.labels is a BelongsToMany through the plain join table articles_labels, which"
                + " has only keys");
  }
}
