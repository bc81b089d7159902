package dev.associations.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * How to reach a database server: a JDBC URL, with the credentials either in the URL or given apart
 * ({@code null} when in the URL).
 */
record ServerAddress(String url, String username, String password) {

  /** A data source on the server; {@code configure} may select a schema or catalog. */
  DataSource dataSource(Consumer<DriverManagerDataSource> configure) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, username, password);
    configure.accept(dataSource);
    return dataSource;
  }

  /**
   * Spring Boot's {@code spring.datasource.*} properties for this server, plus one more that
   * selects the schema or catalog.
   */
  Map<String, String> springProperties(String selectingProperty, String value) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", url);
    if (username != null) {
      properties.put("spring.datasource.username", username);
      properties.put("spring.datasource.password", password);
    }
    properties.put(selectingProperty, value);
    return properties;
  }

  /** Runs one administrative statement on the server's default schema or database. */
  void execute(String sql) {
    new JdbcTemplate(dataSource(ds -> {})).execute(sql);
  }
}
