package dev.associations.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
        .hasMessage("Unsupported database 'Microsoft SQL Server': the supported databases are "
            + "[H2, PostgreSQL, MariaDB, MySQL]");
  }

  @Test
  void listsEverySupportedDialect() {
    assertThat(Dialects.all()).extracting(Dialect::name).containsExactly("H2", "PostgreSQL", "MariaDB", "MySQL");
  }
}
