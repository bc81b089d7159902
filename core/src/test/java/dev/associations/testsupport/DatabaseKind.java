package dev.associations.testsupport;

import dev.associations.dialect.Dialect;
import dev.associations.dialect.Dialects;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The databases integration tests run on. H2 always runs. PostgreSQL and MariaDB run on the server
 * named by their environment variable, else in a Testcontainers container when Docker is available,
 * else they are skipped; when {@code CI=true} or {@code ASSOCIATIONS_TEST_REQUIRE_DATABASES=true},
 * a missing server fails the test instead.
 *
 * <p>H2 runs with its default settings, as Spring Boot's embedded database does: it folds bare
 * names to upper case, so tests write plain SQL as users do, and read names from JDBC metadata
 * through {@link TestDatabase#stored} and {@link TestDatabase#spelled}.
 */
public enum DatabaseKind {
  H2("H2", Dialects.H2, null, null, null) {
    @Override
    public TestDatabase open() {
      String url = "jdbc:h2:mem:" + uniqueName() + ";DB_CLOSE_DELAY=-1";
      // Spring Boot's user for embedded databases, so that an application can share the database
      DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
      return new TestDatabase(
          this,
          dataSource,
          Map.of("spring.datasource.url", url),
          () -> new JdbcTemplate(dataSource).execute("SHUTDOWN"));
    }
  },

  POSTGRESQL(
      "PostgreSQL",
      Dialects.POSTGRESQL,
      "ASSOCIATIONS_TEST_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
      () -> new PostgreSQLContainer("postgres:15-alpine")) {
    @Override
    public TestDatabase open() {
      ServerAddress server = server();
      String schema = uniqueName();
      server.execute("CREATE SCHEMA " + schema);
      return new TestDatabase(
          this,
          server.dataSource(ds -> ds.setSchema(schema)),
          server.springProperties("spring.datasource.hikari.schema", schema),
          () -> server.execute("DROP SCHEMA " + schema + " CASCADE"));
    }
  },

  MARIADB(
      "MariaDB",
      Dialects.MARIADB,
      "ASSOCIATIONS_TEST_MARIADB_URL",
      "jdbc:mariadb://127.0.0.1:3306/test?user=root",
      () -> new MariaDBContainer("mariadb:10.11").withUsername("root")) {
    @Override
    public TestDatabase open() {
      ServerAddress server = server();
      String database = uniqueName();
      server.execute("CREATE DATABASE " + database);
      return new TestDatabase(
          this,
          server.dataSource(ds -> ds.setCatalog(database)),
          server.springProperties("spring.datasource.hikari.catalog", database),
          () -> server.execute("DROP DATABASE " + database));
    }
  };

  private final String displayName;
  private final Dialect dialect;
  private final String urlVariable;
  private final String exampleUrl;
  private final Supplier<JdbcDatabaseContainer<?>> container;
  private Optional<ServerAddress> address;

  DatabaseKind(
      String displayName,
      Dialect dialect,
      String urlVariable,
      String exampleUrl,
      Supplier<JdbcDatabaseContainer<?>> container) {
    this.displayName = displayName;
    this.dialect = dialect;
    this.urlVariable = urlVariable;
    this.exampleUrl = exampleUrl;
    this.container = container;
  }

  public String displayName() {
    return displayName;
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * A fresh, empty database for one test; skips (or, when databases are required, fails) the test
   * when the server is not available.
   */
  public abstract TestDatabase open();

  /** The server, or a skipped (or failed) test when there is none. */
  ServerAddress server() {
    return address()
        .orElseGet(
            () -> {
              String message =
                  displayName
                      + " is not available: set "
                      + urlVariable
                      + " (e.g. "
                      + exampleUrl
                      + ") or make Docker available for Testcontainers";
              if (databasesRequired()) {
                return Assertions.fail(
                    message
                        + "; databases are required because CI=true or "
                        + "ASSOCIATIONS_TEST_REQUIRE_DATABASES=true");
              }
              return Assumptions.abort(message);
            });
  }

  /** The configured server, else a started container, else none; found once per test run. */
  private synchronized Optional<ServerAddress> address() {
    if (address == null) {
      address = locate();
    }
    return address;
  }

  private Optional<ServerAddress> locate() {
    String url = System.getenv(urlVariable);
    if (url != null && !url.isBlank()) {
      return Optional.of(new ServerAddress(url, null, null));
    }
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      return Optional.empty();
    }
    JdbcDatabaseContainer<?> started = container.get();
    started.start();
    return Optional.of(
        new ServerAddress(started.getJdbcUrl(), started.getUsername(), started.getPassword()));
  }

  /** Whether a missing database fails a test instead of skipping it. */
  public static boolean databasesRequired() {
    return "true".equalsIgnoreCase(System.getenv("CI"))
        || "true".equalsIgnoreCase(System.getenv("ASSOCIATIONS_TEST_REQUIRE_DATABASES"));
  }

  private static String uniqueName() {
    return "assoc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }
}
