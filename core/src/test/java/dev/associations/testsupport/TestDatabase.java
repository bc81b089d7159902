package dev.associations.testsupport;

import dev.associations.dialect.Dialect;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An empty database of its own for one test (or test class): a fresh in-memory H2 database, a fresh PostgreSQL
 * schema or a fresh MariaDB database, removed again by {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {

  private final DatabaseKind kind;
  private final DataSource dataSource;
  private final Map<String, String> springProperties;
  private final Runnable cleanup;

  TestDatabase(DatabaseKind kind, DataSource dataSource, Map<String, String> springProperties, Runnable cleanup) {
    this.kind = kind;
    this.dataSource = dataSource;
    this.springProperties = Map.copyOf(springProperties);
    this.cleanup = cleanup;
  }

  /** {@code H2}, {@code PostgreSQL} or {@code MariaDB}. */
  public String name() {
    return kind.displayName();
  }

  public DatabaseKind kind() {
    return kind;
  }

  public Dialect dialect() {
    return kind.dialect();
  }

  /** Connections to this test's own schema or database; every connection is new (no pool). */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * The {@code spring.datasource.*} properties that point a Spring Boot application at this database
   * (its schema or database selected through Hikari).
   */
  public Map<String, String> springProperties() {
    return springProperties;
  }

  public JdbcTemplate jdbc() {
    return new JdbcTemplate(dataSource);
  }

  /** Drops the schema or database. */
  @Override
  public void close() {
    cleanup.run();
  }

  @Override
  public String toString() {
    return name();
  }
}
