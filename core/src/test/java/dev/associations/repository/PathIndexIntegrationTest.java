package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.internal.sql.ModelStatements;
import dev.associations.internal.sql.SqlStatement;
import dev.associations.repository.QueryModels.Article;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A to-many path over 100,000 children is looked up through the index on their foreign key, which
 * the generated schema makes (PostgreSQL) or the database makes for its constraint (H2, MariaDB):
 * the database's own {@code EXPLAIN} of the statement names it.
 */
class PathIndexIntegrationTest {

  private static final Map<DatabaseKind, String> NUMBERS =
      Map.of(
          DatabaseKind.H2, "SELECT \"X\" AS n FROM SYSTEM_RANGE(1, %d)",
          DatabaseKind.POSTGRESQL, "SELECT generate_series(1, %d) AS n",
          DatabaseKind.MARIADB, "SELECT seq AS n FROM seq_1_to_%d");

  @OnEachDatabase
  void aToManyPathUsesTheForeignKeyIndex(TestDatabase db) {
    new SchemaGenerator(QueryModels.registry(), db.dialect()).create(db.dataSource());
    db.jdbc()
        .update(
            "INSERT INTO articles (id, title) SELECT n, 'article' FROM ("
                + NUMBERS.get(db.kind()).formatted(1_000)
                + ") numbers");
    db.jdbc()
        .update(
            "INSERT INTO remarks (id, body, approved, article_id) SELECT n, 'remark', n % 7 = 0, 1 + n % 1000"
                + " FROM ("
                + NUMBERS.get(db.kind()).formatted(100_000)
                + ") numbers");
    db.jdbc()
        .execute(db.kind() == DatabaseKind.MARIADB ? "ANALYZE TABLE articles, remarks" : "ANALYZE");
    assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM remarks", Long.class))
        .isEqualTo(100_000L);
    Query query = Query.where("id").in(List.of(5L, 6L, 7L)).and("remarks.approved").is(true);
    SqlStatement statement =
        new ModelStatements(db.dialect(), QueryModels.registry().model(Article.class))
            .select(
                new QueryResolver(
                        QueryModels.registry(), QueryModels.registry().model(Article.class))
                    .selection(query));

    String plan =
        db
            .jdbc()
            .queryForList("EXPLAIN " + statement.sql(), statement.parameters().toArray())
            .stream()
            .map(Object::toString)
            .collect(Collectors.joining("\n"));

    assertThat(plan.toLowerCase(Locale.ROOT))
        .as("the plan of %s", statement.sql())
        .contains("remarks_article_id");
  }
}
