package dev.associations.testsupport;

import dev.associations.dialect.Dialect;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An empty database of its own for one test (or test class): a fresh in-memory H2 database, a fresh
 * PostgreSQL schema or a fresh MariaDB database, removed again by {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {

  private final DatabaseKind kind;
  private final DataSource dataSource;
  private final Map<String, String> springProperties;
  private final Runnable cleanup;

  TestDatabase(
      DatabaseKind kind,
      DataSource dataSource,
      Map<String, String> springProperties,
      Runnable cleanup) {
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

  /**
   * How the database stores a name the schema writes: a bare one upper case on H2 (its default
   * folding).
   */
  public String stored(String name) {
    return kind == DatabaseKind.H2 && !dialect().needsQuotes(name)
        ? name.toUpperCase(Locale.ROOT)
        : name;
  }

  /**
   * A name as the database reports it, spelled as the models do (lower case for a folded bare
   * name).
   */
  public String spelled(String live) {
    return live.equals(live.toUpperCase(Locale.ROOT)) ? live.toLowerCase(Locale.ROOT) : live;
  }

  /** Connections to this test's own schema or database; every connection is new (no pool). */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * The {@code spring.datasource.*} properties that point a Spring Boot application at this
   * database (its schema or database selected through Hikari).
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
