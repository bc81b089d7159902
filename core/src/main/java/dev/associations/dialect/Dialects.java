package dev.associations.dialect;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The built-in dialects, and finding the one of a database: the registered {@link DialectProvider}s
 * are asked first, then the built-in dialects by product name.
 */
public final class Dialects {

  public static final Dialect H2 = new H2Dialect();
  public static final Dialect POSTGRESQL = new PostgreSqlDialect();
  public static final Dialect MARIADB = new MariaDbDialect();
  public static final Dialect MYSQL = new MySqlDialect();

  private static final List<Dialect> ALL = List.of(H2, POSTGRESQL, MARIADB, MYSQL);

  private Dialects() {}

  /** Every supported dialect. */
  static List<Dialect> all() {
    return ALL;
  }

  /**
   * The dialect of a database, by the product name its JDBC driver reports ({@code
   * DatabaseMetaData.getDatabaseProductName()}), ignoring case.
   *
   * @throws IllegalArgumentException naming the product and the supported ones when it is unknown
   */
  static Dialect fromProductName(String databaseProductName) {
    return builtIn(databaseProductName)
        .orElseThrow(() -> new IllegalArgumentException(unsupported(databaseProductName)));
  }

  /** The built-in dialect of a product name, which a JDBC driver may not report ({@code null}). */
  private static Optional<Dialect> builtIn(@Nullable String databaseProductName) {
    String product = databaseProductName == null ? "" : databaseProductName.trim();
    return ALL.stream().filter(d -> d.name().equalsIgnoreCase(product)).findFirst();
  }

  private static String unsupported(@Nullable String databaseProductName) {
    return "Unsupported database '"
        + databaseProductName
        + "': the supported databases are "
        + ALL.stream().map(Dialect::name).toList();
  }

  /**
   * The dialect of the database these metadata describe: the first a registered {@link
   * DialectProvider} gives, otherwise the built-in one of its product name.
   *
   * @throws IllegalArgumentException when neither knows the database, saying how to add a dialect
   */
  public static Dialect detect(DatabaseMetaData metaData) throws SQLException {
    for (DialectProvider provider :
        SpringFactoriesLoader.forDefaultResourceLocation(Dialects.class.getClassLoader())
            .load(DialectProvider.class)) {
      Optional<Dialect> dialect = provider.dialectFor(metaData);
      if (dialect.isPresent()) {
        return dialect.get();
      }
    }
    String product = metaData.getDatabaseProductName();
    return builtIn(product)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    unsupported(product)
                        + "; for another database implement a Dialect (AbstractDialect helps) and register a DialectProvider"
                        + " in META-INF/spring.factories, or with Spring Boot define the Dialect as a bean"));
  }

  /**
   * The dialect of the database behind this data source, read from its JDBC metadata as {@link
   * #detect(DatabaseMetaData)} does.
   *
   * @throws IllegalArgumentException when the database is not supported
   * @throws IllegalStateException when the metadata cannot be read
   */
  public static Dialect detect(DataSource dataSource) {
    try {
      return JdbcUtils.extractDatabaseMetaData(dataSource, Dialects::detect);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException(
          "Cannot read the database product name to choose a dialect: " + e.getMessage(), e);
    }
  }
}
