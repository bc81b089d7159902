package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.repository.QueryModels.Article;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.query.Param;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * SQL of your own on repository methods: named parameters, rows read by column label, includes on
 * top, updates.
 */
class SqlMethodIntegrationTest {

  interface ArticleRepository extends AssociationRepository<Article, Long> {
    @SqlQuery("SELECT * FROM articles WHERE title LIKE :pattern ORDER BY id")
    List<Article> titled(String pattern);

    @SqlQuery("SELECT id, title AS TITLE FROM articles WHERE id IN (:ids) ORDER BY id DESC")
    @Includes({"writer", "remarks"})
    List<Article> byIds(Collection<Long> ids);

    @SqlQuery("SELECT * FROM articles WHERE id = :id")
    Optional<Article> one(@Param("id") long articleId);

    @SqlQuery("SELECT title FROM articles")
    @Includes("writer")
    List<Article> withoutKeys();

    @SqlUpdate("UPDATE articles SET likes = likes + 1 WHERE writer_id = :writer")
    int like(long writer);

    @SqlQuery("SELECT * FROM articles WHERE likes IN (:likes) ORDER BY id")
    List<Article> withLikes(int[] likes);

    @SqlQuery("SELECT a.*, w.* FROM articles a JOIN writers w ON w.id = a.writer_id ORDER BY a.id")
    List<Article> withWriterColumns();
  }

  interface IllFormedRepository extends AssociationRepository<Article, Long> {
    @SqlQuery("SELECT * FROM articles WHERE title = :titel")
    List<Article> misnamed(String title);

    @SqlUpdate("UPDATE articles SET likes = 0")
    String returnsText();

    @SqlQuery("SELECT * FROM articles")
    List<String> notTheModel();
  }

  @OnEachDatabase
  void rowsByLabelWithIncludesAndUpdatesInATransaction(TestDatabase db) {
    new SchemaGenerator(QueryModels.registry(), db.dialect()).create(db.dataSource());
    db.jdbc().update("INSERT INTO writers (name) VALUES ('Ann')");
    for (int i = 1; i <= 4; i++) {
      db.jdbc()
          .update(
              "INSERT INTO articles (title, likes, writer_id) VALUES (?, ?, ?)",
              "a" + i,
              i,
              i % 2 == 0 ? 1 : null);
    }
    db.jdbc()
        .update("INSERT INTO remarks (body, article_id) VALUES ('nice', 2), ('meh', 2), ('ok', 3)");
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    ArticleRepository articles =
        new RepositoryFactory(
                QueryModels.registry(), dataSource, new DataSourceTransactionManager(dataSource))
            .create(ArticleRepository.class);

    assertThat(articles.titled("a%"))
        .extracting(a -> a.title + ":" + a.likes)
        .containsExactly("a1:1", "a2:2", "a3:3", "a4:4");
    dataSource.reset();
    List<Article> some = articles.byIds(List.of(2L, 3L));
    assertThat(dataSource.statements())
        .isEqualTo(3); // the SQL, the rows again with the writer, their remarks
    assertThat(some).extracting(a -> a.id).containsExactly(3L, 2L);
    assertThat(some.get(1).writer.name).isEqualTo("Ann");
    assertThat(some.get(1).remarks)
        .extracting(r -> r.body)
        .containsExactlyInAnyOrder("nice", "meh");
    assertThat(some.get(0).writer).isNull();
    assertThat(articles.one(4L)).map(a -> a.title).contains("a4");
    assertThat(articles.one(9L)).isEmpty();
    assertThatThrownBy(articles::withoutKeys)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it must select the primary key [id]");

    assertThat(articles.withLikes(new int[] {1, 3}))
        .extracting(a -> a.title)
        .containsExactly("a1", "a3");
    assertThat(articles.withWriterColumns())
        .extracting(a -> a.id + ":" + a.title)
        .containsExactly("2:a2", "4:a4");

    assertThat(articles.like(1L)).isEqualTo(2);
    assertThat(articles.titled("a%")).extracting(a -> a.likes).containsExactly(1, 3, 3, 5);

    assertThatThrownBy(
            () ->
                new RepositoryFactory(
                        QueryModels.registry(),
                        db.dataSource(),
                        new DataSourceTransactionManager(db.dataSource()))
                    .create(IllFormedRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining(
            "SQL method IllFormedRepository.misnamed: its SQL names a parameter the method lacks"
                + " (No value supplied for the SQL parameter 'titel'")
        .hasMessageContaining("its parameters are [title]")
        .hasMessageContaining(
            "SQL method IllFormedRepository.returnsText: it must return void, int or long (the rows"
                + " changed), not String")
        .hasMessageContaining(
            "SQL method IllFormedRepository.notTheModel: it must return Article, or a List, Set or"
                + " Optional of it, not List<String>");
  }
}
