package dev.associations.testsupport;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * How to reach a database server: a JDBC URL, with the credentials either in the URL or given
 * apart ({@code null} when in the URL).
 */
record ServerAddress(String url, String username, String password) {

  /** A data source on the server; {@code configure} may select a schema or catalog. */
  DataSource dataSource(Consumer<DriverManagerDataSource> configure) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, username, password);
    configure.accept(dataSource);
    return dataSource;
  }

  /** Runs one administrative statement on the server's default schema or database. */
  void execute(String sql) {
    new JdbcTemplate(dataSource(ds -> { })).execute(sql);
  }
}
