package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.repository.QueryModels.Article;
import dev.associations.repository.QueryModels.Writer;
import dev.associations.repository.QueryModels.WriterRepository;
import dev.associations.repository.ReadRoutingIntegrationTest.ArticleRepository;
import dev.associations.repository.ReadRoutingIntegrationTest.Servers;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads go to a real PostgreSQL streaming standby ({@code ASSOCIATIONS_TEST_POSTGRES_REPLICA_URL},
 * a hot standby of the server of {@code ASSOCIATIONS_TEST_POSTGRES_URL}; {@code .ci/run} starts one
 * with {@code pg_basebackup -R}), writes and mixins to the primary, through Spring's {@link
 * LazyConnectionDataSourceProxy}. Skipped without a standby, unless databases are required.
 */
class PostgreSqlReplicaIntegrationTest {

  private static final String REPLICA_URL = "ASSOCIATIONS_TEST_POSTGRES_REPLICA_URL";

  @Test
  void readsAreAnsweredByTheStandbyAndWritesByThePrimary() {
    String url = System.getenv(REPLICA_URL);
    if (url == null || url.isBlank()) {
      String message =
          "no PostgreSQL standby: set "
              + REPLICA_URL
              + " (e.g. jdbc:postgresql://127.0.0.1:5433/test"
              + "?user=postgres, a hot standby of the server of ASSOCIATIONS_TEST_POSTGRES_URL; .ci/run starts one)";
      if (DatabaseKind.databasesRequired()) {
        Assertions.fail(message + "; databases are required");
      }
      Assumptions.abort(message);
    }
    try (TestDatabase db = DatabaseKind.POSTGRESQL.open()) {
      StreamIntegrationTest.fill(db, 30);
      DriverManagerDataSource standby = new DriverManagerDataSource(url);
      standby.setSchema(db.springProperties().get("spring.datasource.hikari.schema"));
      JdbcTemplate standbyJdbc = new JdbcTemplate(standby);
      assertThat(standbyJdbc.queryForObject("SELECT pg_is_in_recovery()", Boolean.class))
          .as("a standby")
          .isTrue();
      awaitReplay(db.jdbc(), standbyJdbc);

      Servers servers =
          new Servers(new CountingDataSource(db.dataSource()), new CountingDataSource(standby));
      LazyConnectionDataSourceProxy routing = servers.lazyRouting();
      JdbcTransactionManager transactions = new JdbcTransactionManager(routing);
      RepositoryFactory factory =
          new RepositoryFactory(QueryModels.registry(), routing, transactions);
      ArticleRepository articles = factory.create(ArticleRepository.class);
      WriterRepository writers = factory.create(WriterRepository.class);

      List<Article> read =
          servers.read(
              3,
              () ->
                  articles.findAll(
                      Query.all().orderBy("id").include("writer", "remarks", "labels")));
      assertThat(read).hasSize(30);
      assertThat(read.stream().mapToInt(a -> a.remarks.size()).sum()).isEqualTo(30);
      assertThat(servers.read(1, () -> articles.count())).isEqualTo(30);

      Writer written = new Writer();
      written.name = "written on the primary";
      servers.onPrimary(() -> writers.save(written));
      servers.onPrimary(
          () ->
              new TransactionTemplate(transactions)
                  .executeWithoutResult(
                      status ->
                          assertThat(writers.findById(written.id))
                              .isPresent())); // a transaction reads its own write
      assertThatThrownBy(() -> standbyJdbc.update("DELETE FROM remarks"))
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("read-only transaction");

      awaitReplay(db.jdbc(), standbyJdbc);
      assertThat(servers.read(1, () -> writers.findById(written.id)).orElseThrow().name)
          .isEqualTo("written on the primary");
    }
  }

  /** Waits until the standby has replayed everything the primary has written so far. */
  private static void awaitReplay(JdbcTemplate primary, JdbcTemplate standby) {
    String written = primary.queryForObject("SELECT pg_current_wal_lsn()::text", String.class);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!Boolean.TRUE.equals(
        standby.queryForObject(
            "SELECT pg_last_wal_replay_lsn() >= ?::pg_lsn", Boolean.class, written))) {
      if (System.nanoTime() > deadline) {
        Assertions.fail("the standby did not replay " + written + " within 30 s");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        Assertions.fail("interrupted");
      }
    }
  }
}
