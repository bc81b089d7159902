package dev.associations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.registry.AssociationRegistry;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every referential action, proven on real rows. */
class ReferentialActionIntegrationTest {

  @OnEachDatabase
  void onDeleteCascadeDeletesTheChildren(TestDatabase db) {
    JdbcTemplate jdbc = createActionSchema(db);
    jdbc.update("INSERT INTO cascade_members (id, team_id) VALUES (10, 1), (11, 1), (12, 2)");

    jdbc.update("DELETE FROM teams WHERE id = 1");

    assertThat(jdbc.queryForList("SELECT id FROM cascade_members", Long.class))
        .containsExactly(12L);
  }

  @OnEachDatabase
  void onDeleteSetNullNullsTheChildrensKey(TestDatabase db) {
    JdbcTemplate jdbc = createActionSchema(db);
    jdbc.update("INSERT INTO set_null_members (id, team_id) VALUES (10, 1), (11, 2)");

    jdbc.update("DELETE FROM teams WHERE id = 1");

    assertThat(jdbc.queryForList("SELECT team_id FROM set_null_members ORDER BY id", Long.class))
        .containsExactly(null, 2L);
  }

  @OnEachDatabase
  void onDeleteRestrictRefusesTheDeleteAndKeepsTheRows(TestDatabase db) {
    JdbcTemplate jdbc = createActionSchema(db);
    jdbc.update("INSERT INTO restrict_members (id, team_id) VALUES (10, 1)");

    assertThatThrownBy(() -> jdbc.update("DELETE FROM teams WHERE id = 1"))
        .isInstanceOf(DataIntegrityViolationException.class);

    assertThat(count(jdbc, "teams")).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT team_id FROM restrict_members", Long.class))
        .isEqualTo(1L);
  }

  @OnEachDatabase
  void onDeleteNoActionRefusesTheDeleteAndKeepsTheRows(TestDatabase db) {
    JdbcTemplate jdbc = createActionSchema(db);
    jdbc.update("INSERT INTO no_action_members (id, team_id) VALUES (10, 1)");

    assertThatThrownBy(() -> jdbc.update("DELETE FROM teams WHERE id = 1"))
        .isInstanceOf(DataIntegrityViolationException.class);

    assertThat(count(jdbc, "teams")).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT team_id FROM no_action_members", Long.class))
        .isEqualTo(1L);
  }

  @OnEachDatabase
  void onDeleteSetDefaultResetsTheKeyWhereSupported(TestDatabase db) {
    AssociationRegistry registry = Registries.setDefault();
    if (db.kind() == DatabaseKind.MARIADB) {
      assertThatThrownBy(() -> new SchemaGenerator(registry, db.dialect()))
          .isInstanceOf(SchemaGenerationException.class)
          .hasMessageContaining("ON DELETE SET DEFAULT is not supported by MariaDB");
      return;
    }
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO teams (id, name) VALUES (0, 'unassigned'), (1, 'red')");
    jdbc.update("INSERT INTO set_default_members (id, team_id) VALUES (10, 1)");

    jdbc.update("DELETE FROM teams WHERE id = 1");

    assertThat(jdbc.queryForObject("SELECT team_id FROM set_default_members", Long.class))
        .isEqualTo(0L);
  }

  @OnEachDatabase
  void onUpdateCascadeMovesTheChildrensKey(TestDatabase db) {
    JdbcTemplate jdbc = createActionSchema(db);
    jdbc.update("INSERT INTO cascade_members (id, team_id) VALUES (10, 1)");
    jdbc.update("INSERT INTO set_null_members (id, team_id) VALUES (10, 1)");

    jdbc.update("UPDATE teams SET id = 100 WHERE id = 1");

    assertThat(jdbc.queryForObject("SELECT team_id FROM cascade_members", Long.class))
        .isEqualTo(100L);
    assertThat(jdbc.queryForObject("SELECT team_id FROM set_null_members", Long.class))
        .isEqualTo(100L);
  }

  @OnEachDatabase
  void compositeForeignKeyCascadesDeletesAndKeyUpdates(TestDatabase db) {
    new SchemaGenerator(Registries.orders(), db.dialect()).create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update(
        "INSERT INTO orders (id, version, customer) VALUES (1, 1, 'ann'), (1, 2, 'ann'), (2, 1, 'bob')");
    jdbc.update(
        "INSERT INTO order_lines (order_id, order_version, product) VALUES"
            + " (1, 1, 'pen'), (1, 2, 'ink'), (2, 1, 'cup')");

    jdbc.update("UPDATE orders SET version = 3 WHERE id = 1 AND version = 2");
    jdbc.update("DELETE FROM orders WHERE id = 1 AND version = 1");

    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(product, '@', order_id, '.', order_version) FROM order_lines"
                    + " ORDER BY product",
                String.class))
        .containsExactly("cup@2.1", "ink@1.3");
  }

  @OnEachDatabase
  void compositeForeignKeyRefusesAPartialMatch(TestDatabase db) {
    new SchemaGenerator(Registries.orders(), db.dialect()).create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO orders (id, version) VALUES (1, 1), (2, 2)");

    assertThatThrownBy(
            () ->
                jdbc.update(
                    "INSERT INTO order_lines (order_id, order_version, product) VALUES (1, 2, 'pen')"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @OnEachDatabase
  void standardDefaultsSetNullWhenNullableAndCascadeWhenNotNull(TestDatabase db) {
    new SchemaGenerator(Registries.players(), db.dialect()).create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO teams (id, name) VALUES (1, 'red'), (2, 'blue')");
    jdbc.update("INSERT INTO players (id, team_id, home_team_id) VALUES (10, 1, 2), (11, 2, 1)");

    jdbc.update("DELETE FROM teams WHERE id = 1");

    assertThat(jdbc.queryForList("SELECT id FROM players", Long.class)).containsExactly(10L);
    assertThat(jdbc.queryForObject("SELECT team_id FROM players", Long.class)).isNull();
  }

  @OnEachDatabase
  void configuredDefaultRestrictsDeletesOfNullableKeys(TestDatabase db) {
    SchemaGenerator generator =
        new SchemaGenerator(Registries.playersRestrictingWhenNullable(), db.dialect());
    assertThat(generator.createScript())
        .contains("ON DELETE RESTRICT")
        .doesNotContain("ON DELETE SET NULL");
    generator.create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO teams (id, name) VALUES (1, 'red'), (2, 'blue')");
    jdbc.update("INSERT INTO players (id, team_id, home_team_id) VALUES (10, 1, 2)");

    assertThatThrownBy(() -> jdbc.update("DELETE FROM teams WHERE id = 1"))
        .isInstanceOf(DataIntegrityViolationException.class);

    assertThat(jdbc.queryForObject("SELECT team_id FROM players", Long.class)).isEqualTo(1L);
  }

  /** Teams 1 and 2 with one (empty) child table per action. */
  private static JdbcTemplate createActionSchema(TestDatabase db) {
    new SchemaGenerator(Registries.actions(), db.dialect()).create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO teams (id, name) VALUES (1, 'red'), (2, 'blue')");
    return jdbc;
  }

  static long count(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
