package dev.associations.dialect;

import java.sql.DatabaseMetaData;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** The supported dialects, and finding the one of a database. */
public final class Dialects {

  public static final Dialect H2 = new H2Dialect();
  public static final Dialect POSTGRESQL = new PostgreSqlDialect();
  public static final Dialect MARIADB = new MariaDbDialect();
  public static final Dialect MYSQL = new MySqlDialect();

  private static final List<Dialect> ALL = List.of(H2, POSTGRESQL, MARIADB, MYSQL);

  private Dialects() {
  }

  /** Every supported dialect. */
  public static List<Dialect> all() {
    return ALL;
  }

  /**
   * The dialect of a database, by the product name its JDBC driver reports
   * ({@code DatabaseMetaData.getDatabaseProductName()}), ignoring case.
   *
   * @throws IllegalArgumentException naming the product and the supported ones when it is unknown
   */
  public static Dialect fromProductName(String databaseProductName) {
    String product = databaseProductName == null ? "" : databaseProductName.trim();
    return ALL.stream().filter(d -> d.name().equalsIgnoreCase(product)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unsupported database '" + databaseProductName
            + "': the supported databases are " + ALL.stream().map(Dialect::name).toList()));
  }

  /**
   * The dialect of the database behind this data source, read from its JDBC metadata.
   *
   * @throws IllegalArgumentException when the database is not supported
   * @throws IllegalStateException when the metadata cannot be read
   */
  public static Dialect detect(DataSource dataSource) {
    try {
      return fromProductName(JdbcUtils.extractDatabaseMetaData(dataSource,
          DatabaseMetaData::getDatabaseProductName));
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot read the database product name to choose a dialect: "
          + e.getMessage(), e);
    }
  }
}
