package dev.associations.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.dialect.Dialect;
import dev.associations.dialect.Dialects;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Foreign keys are indexed, so that loading an association by its parents' keys uses an index: by
 * the schema generator where the database does not index its constraints itself (PostgreSQL), and
 * never twice (a primary key or unique constraint starting with the columns is index enough).
 */
class KeyIndexTest {

  private static List<String> indexes(
      Dialect dialect, dev.associations.registry.AssociationRegistry registry) {
    return new SchemaGenerator(registry, dialect)
        .createStatements().stream()
            .filter(statement -> statement.startsWith("CREATE INDEX"))
            .toList();
  }

  @Test
  void postgreSqlGetsAnIndexPerForeignKeyNotAlreadyLeadingAKey() {
    // driving_licenses.owner_id is UNIQUE (HasOne) and people_children's primary key starts with
    // parent_id: only child_id needs an index of its own
    assertThat(indexes(Dialects.POSTGRESQL, Registries.faq()))
        .containsExactly("CREATE INDEX ix_people_children_child_id ON people_children (child_id)");
  }

  @Test
  void compositeForeignKeysGetOneIndexOverAllTheirColumns() {
    assertThat(indexes(Dialects.POSTGRESQL, Registries.orders()))
        .containsExactly(
            "CREATE INDEX ix_order_lines_order_id_order_version ON order_lines (order_id, order_version)");
  }

  @Test
  void databasesIndexingTheirConstraintsGetNoSecondIndex() {
    assertThat(indexes(Dialects.H2, Registries.faq())).isEmpty();
    assertThat(indexes(Dialects.MARIADB, Registries.orders())).isEmpty();
    assertThat(indexes(Dialects.MYSQL, Registries.cycle())).isEmpty();
  }

  @OnEachDatabase
  void everyForeignKeyIsIndexedInTheLiveDatabase(TestDatabase db) {
    new SchemaGenerator(Registries.orders(), db.dialect()).create(db.dataSource());

    // MariaDB's own index on the constraint, ours on PostgreSQL, H2's own: all start with order_id
    String sql =
        switch (db.kind()) {
          case POSTGRESQL ->
              "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"
                  + " AND tablename = 'order_lines' AND indexdef LIKE '%(order_id, order_version)%'";
          case MARIADB ->
              "SELECT count(*) FROM information_schema.statistics WHERE table_schema = database()"
                  + " AND table_name = 'order_lines' AND column_name = 'order_id' AND seq_in_index = 1";
          case H2 ->
              "SELECT count(*) FROM information_schema.index_columns WHERE table_name = 'ORDER_LINES'"
                  + " AND column_name = 'ORDER_ID' AND ordinal_position = 1"; // folded by H2
        };
    assertThat(db.jdbc().queryForObject(sql, Long.class)).isPositive();
    assertThat(db.kind()).isIn((Object[]) DatabaseKind.values());
  }
}
