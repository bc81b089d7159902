package dev.associations.schema;

import dev.associations.Problem;
import dev.associations.dialect.Dialect;
import dev.associations.dialect.Dialects;
import dev.associations.internal.dialect.RegistryDialects;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.registry.AssociationRegistry;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Compares the live foreign keys of a database, read through JDBC metadata in the connection's
 * catalog and schema, with those the models declare: missing tables, missing foreign keys (matched
 * by columns and referenced table, not by name), other referenced columns, other {@code ON DELETE}
 * or {@code ON UPDATE} actions, foreign keys on the models' tables the models do not declare, and
 * missing {@code UNIQUE} constraints (matched by columns: any unique index on them will do).
 */
public final class SchemaValidator {

  private final List<TableDefinition> tables;
  private final @Nullable Dialect dialect;

  /**
   * Validates against the registry's dialect. When the registry has none, every call of {@link
   * #validate} or {@link #validateOrThrow} detects the dialect of the database it reads, on the
   * connection it reads with; to detect it once, give it to {@link
   * #SchemaValidator(AssociationRegistry, Dialect)}.
   */
  public SchemaValidator(AssociationRegistry registry) {
    this.tables = SchemaModel.tables(registry);
    this.dialect = registry.dialect().orElse(null);
  }

  /**
   * Validates against this dialect, never asking the database for its own; it must be the
   * registry's when the registry has one.
   *
   * @throws IllegalArgumentException when the registry was checked against another dialect
   */
  public SchemaValidator(AssociationRegistry registry, Dialect dialect) {
    this.tables = SchemaModel.tables(registry);
    this.dialect =
        RegistryDialects.requireAgreement(
            registry, dialect, "SchemaValidator", "new SchemaValidator(registry)");
  }

  /**
   * Every difference between the live schema and the models, at its table, with how to make them
   * agree; empty when they agree.
   */
  public List<Problem> validate(DataSource dataSource) {
    return new JdbcTemplate(dataSource).execute((ConnectionCallback<List<Problem>>) this::compare);
  }

  /**
   * Validates, failing on any difference.
   *
   * @throws SchemaValidationException listing every difference with its fix, one per line
   */
  public void validateOrThrow(DataSource dataSource) {
    List<Problem> problems = validate(dataSource);
    if (!problems.isEmpty()) {
      throw new SchemaValidationException(problems);
    }
  }

  private List<Problem> compare(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    LiveNames names = LiveNames.of(metaData, dialect != null ? dialect : Dialects.detect(metaData));
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    List<Problem> differences = new ArrayList<>();
    for (TableDefinition table : tables) {
      if (!names.tableExists(metaData, catalog, schema, table.name())) {
        differences.add(
            new Problem(
                table.name(),
                "table is missing",
                "create it by a migration (SchemaGenerator's"
                    + " createScript() has its CREATE TABLE), or change the models so that they no longer declare it"));
        continue;
      }
      List<LiveForeignKey> live =
          new ArrayList<>(LiveForeignKey.read(metaData, catalog, schema, table.name(), names));
      for (ForeignKeyMetadata expected : table.foreignKeys()) {
        LiveForeignKey match =
            live.stream().filter(key -> matches(expected, key, names)).findFirst().orElse(null);
        if (match == null) {
          differences.add(
              new Problem(
                  table.name(),
                  "foreign key "
                      + ForeignKeyText.describe(expected)
                      + " "
                      + ForeignKeyText.actions(expected)
                      + " is missing (expected as "
                      + expected.constraintName()
                      + ")",
                  "add it by a migration, or change the association that declares it (foreignKeyConstraints = false"
                      + " declares none)"));
        } else {
          live.remove(match);
          compare(expected, match, names, differences);
        }
      }
      live.forEach(
          extra ->
              differences.add(
                  new Problem(
                      table.name(),
                      "unexpected foreign key "
                          + names.spelled(extra.name())
                          + " "
                          + columns(spelled(names, extra.columns()))
                          + " -> "
                          + names.spelled(extra.referencedTable())
                          + " "
                          + columns(spelled(names, extra.referencedColumns()))
                          + ": the models declare none on these columns",
                      "drop it by a migration, or declare the association"
                          + " it stands for in the models")));
      compareUniqueness(metaData, catalog, schema, table, names, differences);
    }
    return differences;
  }

  /**
   * Reports each {@code UNIQUE} constraint of the table that no live unique index (a constraint's,
   * the primary key's or one created as such) covers with the same columns: without it a HasOne's
   * target, or the row a key references, may not be single.
   */
  private static void compareUniqueness(
      DatabaseMetaData metaData,
      String catalog,
      String schema,
      TableDefinition table,
      LiveNames names,
      List<Problem> differences)
      throws SQLException {
    if (table.uniqueConstraints().isEmpty()) {
      return;
    }
    Map<String, Set<String>> live = new HashMap<>();
    try (ResultSet rows =
        metaData.getIndexInfo(catalog, schema, names.stored(table.name()), true, true)) {
      while (rows.next()) {
        String column = rows.getString("COLUMN_NAME");
        if (column != null && !rows.getBoolean("NON_UNIQUE")) {
          live.computeIfAbsent(rows.getString("INDEX_NAME"), name -> new HashSet<>()).add(column);
        }
      }
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      if (!live.containsValue(Set.copyOf(names.stored(unique.columns())))) {
        differences.add(
            new Problem(
                table.name(),
                "unique constraint "
                    + columns(unique.columns())
                    + " is missing (expected as "
                    + unique.name()
                    + ")",
                "add it, or a unique index on "
                    + columns(unique.columns())
                    + ", by a migration, or change the association that needs it"));
      }
    }
  }

  private static void compare(
      ForeignKeyMetadata expected,
      LiveForeignKey live,
      LiveNames names,
      List<Problem> differences) {
    String key =
        "foreign key "
            + names.spelled(live.name())
            + " "
            + columns(spelled(names, live.columns()))
            + " -> "
            + names.spelled(live.referencedTable());
    if (!pairs(names.stored(expected.columnNames()), names.stored(expected.referencedColumnNames()))
        .equals(pairs(live.columns(), live.referencedColumns()))) {
      differences.add(
          new Problem(
              expected.table(),
              key
                  + " references "
                  + columns(spelled(names, live.referencedColumns()))
                  + ", expected "
                  + columns(expected.referencedColumnNames()),
              "migrate it to reference "
                  + columns(expected.referencedColumnNames())
                  + ", or change the association's"
                  + " key to the columns it references"));
    }
    if (live.onDelete() != expected.onDelete()) {
      differences.add(
          new Problem(
              expected.table(),
              key
                  + " has ON DELETE "
                  + live.onDelete().sql()
                  + ", expected "
                  + expected.onDelete().sql(),
              "migrate it to ON DELETE "
                  + expected.onDelete().sql()
                  + ", or set onDelete = "
                  + live.onDelete().name()
                  + " on the association's @ForeignKey"));
    }
    if (live.onUpdate() != expected.onUpdate()) {
      differences.add(
          new Problem(
              expected.table(),
              key
                  + " has ON UPDATE "
                  + live.onUpdate().sql()
                  + ", expected "
                  + expected.onUpdate().sql(),
              "migrate it to ON UPDATE "
                  + expected.onUpdate().sql()
                  + ", or set onUpdate = "
                  + live.onUpdate().name()
                  + " on the association's @ForeignKey"));
    }
  }

  private static boolean matches(
      ForeignKeyMetadata expected, LiveForeignKey live, LiveNames names) {
    return live.referencedTable().equals(names.stored(expected.referencedTable()))
        && new HashSet<>(live.columns())
            .equals(new HashSet<>(names.stored(expected.columnNames())));
  }

  private static List<String> spelled(LiveNames names, List<String> live) {
    return live.stream().map(names::spelled).toList();
  }

  /** Column to referenced column, so that two keys listing their columns in another order agree. */
  private static Map<String, String> pairs(List<String> columns, List<String> referenced) {
    return IntStream.range(0, columns.size())
        .boxed()
        .collect(Collectors.toMap(columns::get, referenced::get));
  }

  private static String columns(List<String> names) {
    return "(" + String.join(", ", names) + ")";
  }
}
