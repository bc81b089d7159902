package dev.associations.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

class DialectDetectionIntegrationTest {

  @OnEachDatabase
  void detectsTheDialectOfEachDatabase(TestDatabase db) {
    assertThat(Dialects.detect(db.dataSource())).isSameAs(db.dialect());
  }

  @Test
  void reportsWhenTheMetadataCannotBeRead() {
    AbstractDataSource unreachable =
        new AbstractDataSource() {
          @Override
          public Connection getConnection() throws SQLException {
            throw new SQLException("connection refused");
          }

          @Override
          public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
          }
        };

    assertThatThrownBy(() -> Dialects.detect(unreachable))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Cannot read the database product name to choose a dialect:");
  }
}
