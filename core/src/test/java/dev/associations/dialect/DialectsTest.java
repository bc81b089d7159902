package dev.associations.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;

class DialectsTest {

  @Test
  void findsEachDialectByItsJdbcProductNameIgnoringCase() {
    assertThat(Dialects.fromProductName("H2")).isInstanceOf(H2Dialect.class);
    assertThat(Dialects.fromProductName("PostgreSQL")).isInstanceOf(PostgreSqlDialect.class);
    assertThat(Dialects.fromProductName("MariaDB")).isInstanceOf(MariaDbDialect.class);
    assertThat(Dialects.fromProductName("MySQL")).isInstanceOf(MySqlDialect.class);
    assertThat(Dialects.fromProductName(" postgresql ")).isSameAs(Dialects.POSTGRESQL);
  }

  @Test
  void rejectsAnUnknownProductNamingTheSupportedOnes() {
    assertThatThrownBy(() -> Dialects.fromProductName("Microsoft SQL Server"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Unsupported database 'Microsoft SQL Server': the supported databases are "
                + "[H2, PostgreSQL, MariaDB, MySQL]");
  }

  @Test
  void listsEverySupportedDialect() {
    assertThat(Dialects.all())
        .extracting(Dialect::name)
        .containsExactly("H2", "PostgreSQL", "MariaDB", "MySQL");
  }

  @Test
  void detectionAsksTheRegisteredProvidersFirstInTheirOrder() throws SQLException {
    assertThat(Dialects.detect(metaData("AcmeDB"))).isSameAs(FirstProvider.ACME);
  }

  @Test
  void aProviderCanReplaceABuiltInDialect() throws SQLException {
    assertThat(Dialects.detect(metaData("MySQL"))).isSameAs(FirstProvider.ACME);
  }

  @Test
  void detectionFallsBackToTheBuiltInDialects() throws SQLException {
    assertThat(Dialects.detect(metaData("PostgreSQL"))).isSameAs(Dialects.POSTGRESQL);
  }

  @Test
  void detectionOfAnUnknownDatabaseSaysHowToAddADialect() {
    assertThatThrownBy(() -> Dialects.detect(metaData("Firebird")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Unsupported database 'Firebird': the supported databases are [H2, PostgreSQL, MariaDB, MySQL];"
                + " for another database implement a Dialect (AbstractDialect helps) and register a DialectProvider"
                + " in META-INF/spring.factories, or with Spring Boot define the Dialect as a bean");
  }

  /** Metadata of a database that reports this product name and nothing else. */
  private static DatabaseMetaData metaData(String productName) {
    return (DatabaseMetaData)
        Proxy.newProxyInstance(
            DialectsTest.class.getClassLoader(),
            new Class<?>[] {DatabaseMetaData.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getDatabaseProductName")) {
                return productName;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /**
   * Registered in this module's test META-INF/spring.factories after {@link SecondProvider}, but
   * ordered first: knows "AcmeDB", and claims "MySQL" over the built-in dialect.
   */
  @Order(1)
  public static final class FirstProvider implements DialectProvider {

    static final Dialect ACME = new MySqlDialect();

    @Override
    public Optional<Dialect> dialectFor(DatabaseMetaData metaData) throws SQLException {
      String product = metaData.getDatabaseProductName();
      return product.equals("AcmeDB") || product.equals("MySQL")
          ? Optional.of(ACME)
          : Optional.empty();
    }
  }

  /** Also knows "AcmeDB", but is asked after {@link FirstProvider}. */
  @Order(2)
  public static final class SecondProvider implements DialectProvider {

    @Override
    public Optional<Dialect> dialectFor(DatabaseMetaData metaData) throws SQLException {
      return metaData.getDatabaseProductName().equals("AcmeDB")
          ? Optional.of(new MySqlDialect())
          : Optional.empty();
    }
  }
}
