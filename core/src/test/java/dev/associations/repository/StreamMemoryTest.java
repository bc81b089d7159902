package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.repository.QueryModels.Article;
import dev.associations.repository.QueryModels.ArticleRepository;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.TestDatabase;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * 200,000 roots with a to-many include streamed in a JVM of 64 MB (the {@code small-heap} execution
 * of the build), where reading them all at once does not fit. On the database servers, whose rows
 * are not in this JVM's heap; H2's in-memory tables would be.
 */
@Tag("small-heap")
class StreamMemoryTest {

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"POSTGRESQL", "MARIADB"})
  void twoHundredThousandRootsStreamInASmallHeap(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      StreamIntegrationTest.fill(db, 200_000);
      CountingDataSource dataSource = new CountingDataSource(db.dataSource());
      ArticleRepository articles =
          new RepositoryFactory(
                  QueryModels.registry(), dataSource, new DataSourceTransactionManager(dataSource))
              .create(ArticleRepository.class);
      AtomicLong roots = new AtomicLong();
      AtomicLong remarks = new AtomicLong();

      dataSource.reset();
      try (Stream<Article> stream = articles.stream(Query.all().orderBy("id").include("remarks"))) {
        stream.forEach(
            article -> {
              roots.incrementAndGet();
              remarks.addAndGet(article.remarks.size());
            });
      }

      assertThat(roots.get()).isEqualTo(200_000);
      assertThat(remarks.get()).isEqualTo(LongStream.rangeClosed(1, 200_000).map(i -> i % 3).sum());
      assertThat(dataSource.statements()).isEqualTo(1 + 200);
      assertThat(Runtime.getRuntime().maxMemory())
          .as("the small-heap execution")
          .isLessThan(100L << 20);
    }
  }
}
