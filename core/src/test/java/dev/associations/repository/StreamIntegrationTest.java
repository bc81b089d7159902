package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.repository.QueryModels.Article;
import dev.associations.repository.QueryModels.ArticleRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code stream(Query)}: the same answer as {@code findAll}, includes per chunk of roots, nothing
 * held once closed.
 */
class StreamIntegrationTest {

  /** {@code roots} articles, the i-th with i % 3 remarks, in batches. */
  static void fill(TestDatabase db, int roots) {
    new SchemaGenerator(QueryModels.registry(), db.dialect()).create(db.dataSource());
    db.jdbc().update("INSERT INTO writers (name) VALUES ('Ann')");
    List<Object[]> articles = new ArrayList<>();
    List<Object[]> remarks = new ArrayList<>();
    for (int i = 1; i <= roots; i++) {
      articles.add(new Object[] {i, "article " + i, i % 10, i % 2 == 0 ? 1 : null});
      for (int r = 0; r < i % 3; r++) {
        remarks.add(new Object[] {"remark " + r, i});
      }
      if (articles.size() == 10_000 || i == roots) {
        db.jdbc()
            .batchUpdate(
                "INSERT INTO articles (id, title, likes, writer_id) VALUES (?, ?, ?, ?)", articles);
        db.jdbc().batchUpdate("INSERT INTO remarks (body, article_id) VALUES (?, ?)", remarks);
        articles.clear();
        remarks.clear();
      }
    }
  }

  /** The articles' repository on this data source, with its own transaction manager. */
  private static ArticleRepository articles(DataSource dataSource) {
    return new RepositoryFactory(
            QueryModels.registry(), dataSource, new DataSourceTransactionManager(dataSource))
        .create(ArticleRepository.class);
  }

  @OnEachDatabase
  void aStreamGivesWhatFindAllGivesReadingIncludesPerThousandRoots(TestDatabase db) {
    fill(db, 2_500);
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    ArticleRepository articles = articles(dataSource);
    Query query =
        Query.where("likes").greaterThan(2).orderByDescending("id").include("writer", "remarks");
    List<Article> expected = articles.findAll(query);

    dataSource.reset();
    List<String> streamed;
    try (Stream<Article> stream = articles.stream(query)) {
      streamed =
          stream
              .map(
                  a ->
                      a.id
                          + ":"
                          + (a.writer == null ? null : a.writer.name)
                          + ":"
                          + a.remarks.size())
              .toList();
    }

    assertThat(streamed)
        .containsExactlyElementsOf(
            expected.stream()
                .map(
                    a ->
                        a.id
                            + ":"
                            + (a.writer == null ? null : a.writer.name)
                            + ":"
                            + a.remarks.size())
                .toList());
    assertThat(streamed).hasSize(1_750);
    assertThat(dataSource.statements())
        .isEqualTo(1 + 2); // the roots with their writers; remarks per 1,000 roots
    assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
    try (Stream<Article> stream = articles.stream(Query.where("likes").is(9))) {
      assertThat(stream.limit(3).map(a -> a.likes))
          .containsExactly(9, 9, 9); // closed before the end
    }
    assertThat(articles.count()).isEqualTo(2_500); // the connection is free again
  }

  @OnEachDatabase
  void aLoadWithIncludesUsesOneConnectionForAllItsStatements(TestDatabase db) {
    fill(db, 30);
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    ArticleRepository articles = articles(dataSource);

    dataSource.reset();
    List<Article> loaded = articles.findAll(Query.all().include("writer", "remarks", "labels"));

    assertThat(loaded).hasSize(30);
    assertThat(dataSource.statements()).isEqualTo(3);
    assertThat(dataSource.connections()).as("one checkout, as hand-written JDBC").isEqualTo(1);
  }

  @OnEachDatabase
  void anOpenStreamLeavesTheThreadFreeToWriteAndMayBeClosedElsewhere(TestDatabase db) {
    fill(db, 10);
    ArticleRepository articles = articles(db.dataSource());

    Stream<Article> open = articles.stream(Query.all().orderBy("id"));
    Iterator<Article> rows = open.iterator();
    Article first = rows.next();
    first.title = "changed";
    articles.save(first); // no transaction of the stream's is bound to this thread
    assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
    assertThat(rows.next().id).isEqualTo(2L);
    CompletableFuture.runAsync(open::close).join();

    assertThat(articles.findById(first.id).orElseThrow().title).isEqualTo("changed");
    articles.save(first);
  }

  @OnEachDatabase
  void aStreamInsideATransactionReadsOnItsConnectionAndLeavesItOpen(TestDatabase db) {
    fill(db, 10);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(db.dataSource());
    ArticleRepository articles =
        new RepositoryFactory(QueryModels.registry(), db.dataSource(), transactions)
            .create(ArticleRepository.class);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              Article first = articles.findById(1L).orElseThrow();
              first.title = "changed in the transaction";
              articles.save(first);
              try (Stream<Article> stream =
                  articles.stream(Query.all().orderBy("id").include("remarks"))) {
                assertThat(stream.map(a -> a.title).findFirst())
                    .contains("changed in the transaction"); // sees its own write
              }
              first.title = "changed again";
              articles.save(first); // the transaction's connection is still open
            });

    assertThat(articles.findById(1L).orElseThrow().title).isEqualTo("changed again");
  }
}
