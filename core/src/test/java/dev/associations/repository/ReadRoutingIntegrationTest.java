package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.repository.QueryModels.Article;
import dev.associations.repository.QueryModels.Remark;
import dev.associations.repository.QueryModels.Writer;
import dev.associations.repository.QueryModels.WriterRepository;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads outside a transaction run read-only, so that a routing data source sends them to a replica;
 * writes, mixins and reads inside a transaction stay on the primary. The "replica" here is a second
 * data source on the same database, counted apart from the primary: the counts show which one
 * answered each statement (a real PostgreSQL standby is {@link
 * PostgreSqlReplicaIntegrationTest}'s).
 */
class ReadRoutingIntegrationTest {

  interface ArticleRepository extends AssociationRepository<Article, Long> {
    @Includes("remarks")
    List<Article> findByTitleStartingWith(String prefix, Sort sort);

    @SqlQuery("SELECT * FROM articles WHERE likes = :likes")
    List<Article> withLikes(int likes);
  }

  /** A primary and a "replica", each counting the statements it answers. */
  record Servers(CountingDataSource primary, CountingDataSource replica) {

    static Servers on(TestDatabase db) {
      return new Servers(
          new CountingDataSource(db.dataSource()),
          new CountingDataSource(new DelegatingDataSource(db.dataSource())));
    }

    /** Spring's lazy proxy over the primary, with the replica as its read-only data source. */
    LazyConnectionDataSourceProxy lazyRouting() {
      LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
      routing.setReadOnlyDataSource(replica);
      return routing;
    }

    /**
     * Runs the reads and checks that the replica answered this many statements and the primary
     * none.
     */
    <R> R read(int statements, Supplier<R> reads) {
      primary.reset();
      replica.reset();
      R result = reads.get();
      assertThat(replica.statements())
          .as("statements on the replica (the primary: %d)", primary.statements())
          .isEqualTo(statements);
      assertThat(primary.statements()).as("statements on the primary").isZero();
      return result;
    }

    /** Runs the work and checks that the primary answered all of it. */
    void onPrimary(Runnable work) {
      primary.reset();
      replica.reset();
      work.run();
      assertThat(primary.statements()).as("statements on the primary").isPositive();
      assertThat(replica.statements()).as("statements on the replica").isZero();
    }
  }

  @OnEachDatabase
  void aLazyConnectionProxySendsReadsToItsReadOnlyDataSourceAndTheRestToThePrimary(
      TestDatabase db) {
    StreamIntegrationTest.fill(db, 30);
    Servers servers = Servers.on(db);
    LazyConnectionDataSourceProxy routing = servers.lazyRouting();
    JdbcTransactionManager transactions = new JdbcTransactionManager(routing);
    RepositoryFactory factory =
        new RepositoryFactory(QueryModels.registry(), routing, transactions);
    ArticleRepository articles = factory.create(ArticleRepository.class);
    WriterRepository writers = factory.create(WriterRepository.class);

    assertThat(
            servers.read(
                3, () -> articles.findAll(Query.all().include("writer", "remarks", "labels"))))
        .hasSize(30);
    assertThat(
            servers.read(3, () -> articles.findById(4L, "remarks", "labels")).orElseThrow().remarks)
        .hasSize(1);
    assertThat(servers.read(1, () -> articles.count())).isEqualTo(30);
    assertThat(servers.read(1, () -> articles.existsById(7L))).isTrue();
    Page<Article> page =
        servers.read(
            3,
            () ->
                articles.findAll(
                    Query.all().include("remarks"), PageRequest.of(1, 10, Sort.by("id"))));
    assertThat(page.getTotalElements()).isEqualTo(30);
    assertThat(servers.read(2, () -> articles.findByTitleStartingWith("article 1", Sort.by("id"))))
        .hasSize(11)
        .allSatisfy(a -> assertThat(a.remarks).isNotNull());
    assertThat(servers.read(1, () -> articles.withLikes(3)))
        .extracting(a -> a.id)
        .containsExactly(3L, 13L, 23L);
    assertThat(
            servers.read(
                2,
                () -> {
                  try (Stream<Article> stream = articles.stream(Query.all().include("remarks"))) {
                    return stream.mapToInt(a -> a.remarks.size()).sum();
                  }
                }))
        .isEqualTo(30);

    servers.onPrimary(() -> writers.save(writer("Bo")));
    servers.onPrimary(() -> articles.association(1L, "remarks").create(remark("on the primary")));
    servers.onPrimary(
        () -> assertThat(articles.association(1L, "remarks").<List<Remark>>get()).hasSize(2));
    servers.onPrimary(
        () ->
            new TransactionTemplate(transactions)
                .executeWithoutResult(
                    status ->
                        assertThat(articles.findAll(Query.all().include("remarks"))).hasSize(30)));
    assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
  }

  @OnEachDatabase
  void aRoutingDataSourceKeyedOnTheReadOnlyFlagSendsReadsToTheReplica(TestDatabase db) {
    StreamIntegrationTest.fill(db, 10);
    Servers servers = Servers.on(db);
    AbstractRoutingDataSource routing =
        new AbstractRoutingDataSource() {
          @Override
          protected Object determineCurrentLookupKey() {
            return TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                ? "replica"
                : "primary";
          }
        };
    routing.setTargetDataSources(
        Map.<Object, Object>of("primary", servers.primary(), "replica", servers.replica()));
    routing.afterPropertiesSet();
    RepositoryFactory factory =
        new RepositoryFactory(QueryModels.registry(), routing, new JdbcTransactionManager(routing));
    ArticleRepository articles = factory.create(ArticleRepository.class);

    assertThat(servers.read(2, () -> articles.findAll(Query.all().include("remarks")))).hasSize(10);
    servers.onPrimary(() -> factory.create(WriterRepository.class).save(writer("Cy")));
  }

  @OnEachDatabase
  void withoutALazyProxyNoConnectionIsMarkedReadOnlyForDriversThatWouldSendAStatementForIt(
      TestDatabase db) {
    StreamIntegrationTest.fill(db, 10);
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    ArticleRepository articles =
        new RepositoryFactory(
                QueryModels.registry(), dataSource, new JdbcTransactionManager(dataSource))
            .create(ArticleRepository.class);
    dataSource.reset();

    assertThat(articles.findAll(Query.all().include("remarks"))).hasSize(10);
    try (Stream<Article> stream = articles.stream(Query.all().include("remarks"))) {
      assertThat(stream.count()).isEqualTo(10);
    }

    assertThat(dataSource.readOnlyMarks()).isZero();
    assertThat(dataSource.connections())
        .isEqualTo(1 + 2); // the load's one; the stream's cursor and its chunk
  }

  private static Writer writer(String name) {
    Writer writer = new Writer();
    writer.name = name;
    return writer;
  }

  private static Remark remark(String body) {
    Remark remark = new Remark();
    remark.body = body;
    return remark;
  }
}
