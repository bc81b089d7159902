package dev.associations.schema;

import static dev.associations.schema.ReferentialActionIntegrationTest.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The generated schema on real databases: creation, drop, keys and constraints. */
class SchemaIntegrationTest {

  @OnEachDatabase
  void createsAndDropsTheFaqSchemaRepeatedly(TestDatabase db) {
    SchemaGenerator generator = new SchemaGenerator(Registries.faq(), db.dialect());

    generator.create(db.dataSource());
    assertThat(tables(db))
        .containsExactlyInAnyOrder("people", "driving_licenses", "people_children");
    generator.drop(db.dataSource());
    assertThat(tables(db)).isEmpty();
    generator.drop(db.dataSource());
    generator.create(db.dataSource());
    assertThat(tables(db)).hasSize(3);
  }

  @OnEachDatabase
  void hasOneForeignKeyIsUnique(TestDatabase db) {
    new SchemaGenerator(Registries.faq(), db.dialect()).create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO people (id, name) VALUES (1, 'ann'), (2, 'bob')");
    jdbc.update("INSERT INTO driving_licenses (owner_id) VALUES (1)");
    jdbc.update("INSERT INTO driving_licenses (owner_id) VALUES (2)");

    assertThatThrownBy(() -> jdbc.update("INSERT INTO driving_licenses (owner_id) VALUES (1)"))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(count(jdbc, "driving_licenses")).isEqualTo(2);
  }

  @OnEachDatabase
  void hasOneCascadesAsDeclared(TestDatabase db) {
    new SchemaGenerator(Registries.faq(), db.dialect()).create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO people (id, name) VALUES (1, 'ann'), (2, 'bob')");
    jdbc.update("INSERT INTO driving_licenses (owner_id) VALUES (1), (2)");

    jdbc.update("UPDATE people SET id = 20 WHERE id = 2");
    jdbc.update("DELETE FROM people WHERE id = 1");

    assertThat(jdbc.queryForList("SELECT owner_id FROM driving_licenses", Long.class))
        .containsExactly(20L);
  }

  @OnEachDatabase
  void selfReferencingJoinTableHasTheKeyPairAsPrimaryKeyAndCascades(TestDatabase db) {
    new SchemaGenerator(Registries.faq(), db.dialect()).create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO people (id, name) VALUES (1, 'mum'), (2, 'kid'), (3, 'other')");
    jdbc.update("INSERT INTO people_children (parent_id, child_id) VALUES (1, 2), (3, 2), (1, 3)");

    assertThat(primaryKey(db, "people_children")).containsExactly("parent_id", "child_id");
    assertThatThrownBy(
            () -> jdbc.update("INSERT INTO people_children (parent_id, child_id) VALUES (1, 2)"))
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(
            () -> jdbc.update("INSERT INTO people_children (parent_id, child_id) VALUES (1, 9)"))
        .isInstanceOf(DataIntegrityViolationException.class);

    jdbc.update("DELETE FROM people WHERE id = 2");

    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(parent_id, '>', child_id) FROM people_children", String.class))
        .containsExactly("1>3");
  }

  @OnEachDatabase
  void joinModelKeyPairIsUniqueBesideItsOwnPrimaryKey(TestDatabase db) {
    new SchemaGenerator(
            Registries.of(KeyModels.Member.class, KeyModels.Club.class, KeyModels.Membership.class),
            db.dialect())
        .create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO members (id) VALUES (1)");
    jdbc.update("INSERT INTO clubs (id) VALUES (7)");
    jdbc.update("INSERT INTO memberships (id, member_id, club_id, role) VALUES (1, 1, 7, 'chair')");

    assertThatThrownBy(
            () ->
                jdbc.update(
                    "INSERT INTO memberships (id, member_id, club_id, role) VALUES (2, 1, 7, 'deputy')"))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @OnEachDatabase
  void foreignKeyMayReferenceAUniqueNonPrimaryKey(TestDatabase db) {
    new SchemaGenerator(
            Registries.of(KeyModels.Country.class, KeyModels.Address.class), db.dialect())
        .create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO countries (id, code) VALUES (1, 'NL')");
    jdbc.update("INSERT INTO addresses (id, country_code) VALUES (1, 'NL')");

    assertThatThrownBy(() -> jdbc.update("INSERT INTO countries (id, code) VALUES (2, 'NL')"))
        .isInstanceOf(DuplicateKeyException.class);
    jdbc.update("UPDATE countries SET code = 'NLD' WHERE id = 1");
    assertThat(jdbc.queryForObject("SELECT country_code FROM addresses", String.class))
        .isEqualTo("NLD");
  }

  @OnEachDatabase
  void closesCyclesOnCreateAndOpensThemOnDrop(TestDatabase db) {
    SchemaGenerator generator = new SchemaGenerator(Registries.cycle(), db.dialect());
    generator.create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();
    jdbc.update("INSERT INTO departments (id) VALUES (1)");
    jdbc.update("INSERT INTO employees (id, department_id) VALUES (5, 1)");
    jdbc.update("INSERT INTO employees (id, department_id, mentor_id) VALUES (6, 1, 5)");
    jdbc.update("UPDATE departments SET manager_id = 5 WHERE id = 1");

    assertThatThrownBy(() -> jdbc.update("UPDATE departments SET manager_id = 9 WHERE id = 1"))
        .isInstanceOf(DataIntegrityViolationException.class);
    jdbc.update("DELETE FROM employees WHERE id = 5");
    assertThat(jdbc.queryForObject("SELECT manager_id FROM departments", Long.class)).isNull();
    assertThat(jdbc.queryForObject("SELECT mentor_id FROM employees WHERE id = 6", Long.class))
        .isNull();

    generator.drop(db.dataSource());
    assertThat(tables(db)).isEmpty();
  }

  @OnEachDatabase
  void createsAColumnOfEverySupportedType(TestDatabase db) {
    new SchemaGenerator(Registries.of(ValueModels.Sample.class), db.dialect())
        .create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();

    jdbc.update(
        "INSERT INTO samples (flag, text, amount, huge) VALUES (?, ?, ?, ?)",
        true,
        "x",
        new BigDecimal("12.3456"),
        new BigDecimal("12345678901234567890123456789012345678"));
    jdbc.update("INSERT INTO samples (flag) VALUES (?)", false);

    assertThat(columnCount(db, "samples")).isEqualTo(18);
    assertThat(jdbc.queryForList("SELECT id FROM samples ORDER BY id", Long.class))
        .hasSize(2)
        .doesNotContainNull();
    assertThat(jdbc.queryForObject("SELECT amount FROM samples WHERE text = 'x'", BigDecimal.class))
        .isEqualByComparingTo("12.3456");
    assertThat(jdbc.queryForObject("SELECT huge FROM samples WHERE text = 'x'", BigDecimal.class))
        .isEqualByComparingTo("12345678901234567890123456789012345678");
  }

  @OnEachDatabase
  void appliesDefaultValues(TestDatabase db) {
    new SchemaGenerator(Registries.of(ValueModels.Setting.class), db.dialect())
        .create(db.dataSource());
    JdbcTemplate jdbc = db.jdbc();

    jdbc.update("INSERT INTO settings (counter) VALUES (5)");

    Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    row.putAll(
        jdbc.queryForMap("SELECT counter, price, active, note, status, since FROM settings"));
    assertThat(row.get("counter")).isEqualTo(5);
    assertThat((BigDecimal) row.get("price")).isEqualByComparingTo("-2.50");
    assertThat(jdbc.queryForObject("SELECT active FROM settings", Boolean.class)).isTrue();
    assertThat(row.get("note")).isEqualTo("it's");
    assertThat(row.get("status")).isEqualTo("DRAFT");
    assertThat(jdbc.queryForObject("SELECT since FROM settings", LocalDate.class))
        .isEqualTo(LocalDate.of(2024, 1, 31));
  }

  /** The tables of the test's schema or database. */
  static List<String> tables(TestDatabase db) {
    return db.jdbc()
        .execute(
            (ConnectionCallback<List<String>>)
                connection -> {
                  List<String> names = new ArrayList<>();
                  try (ResultSet rows =
                      connection
                          .getMetaData()
                          .getTables(
                              connection.getCatalog(),
                              connection.getSchema(),
                              null,
                              new String[] {"TABLE", "BASE TABLE"})) {
                    while (rows.next()) {
                      names.add(db.spelled(rows.getString("TABLE_NAME")));
                    }
                  }
                  return names;
                });
  }

  private static int columnCount(TestDatabase db, String table) {
    return db.jdbc()
        .execute(
            (ConnectionCallback<Integer>)
                connection -> {
                  int count = 0;
                  try (ResultSet rows =
                      connection
                          .getMetaData()
                          .getColumns(
                              connection.getCatalog(),
                              connection.getSchema(),
                              db.stored(table),
                              null)) {
                    while (rows.next()) {
                      count++;
                    }
                  }
                  return count;
                });
  }

  private static List<String> primaryKey(TestDatabase db, String table) {
    return db
        .jdbc()
        .execute(
            (ConnectionCallback<List<String>>)
                connection -> primaryKey(connection, db.stored(table)))
        .stream()
        .map(db::spelled)
        .toList();
  }

  private static List<String> primaryKey(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    Map<Short, String> columns = new TreeMap<>();
    try (ResultSet rows =
        metaData.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
      while (rows.next()) {
        columns.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
      }
    }
    return List.copyOf(columns.values());
  }
}
