package dev.associations.schema;

import dev.associations.annotation.ReferentialAction;
import dev.associations.dialect.Dialect;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders DDL statements for one dialect, collecting what the dialect cannot express (unsupported
 * types and actions, invalid defaults, identifiers over its limit) instead of failing at the first.
 */
final class DdlRenderer {

  private final Dialect dialect;
  private final Set<String> problems = new LinkedHashSet<>();

  DdlRenderer(Dialect dialect) {
    this.dialect = dialect;
  }

  /** {@code CREATE TABLE} with columns, primary key, unique constraints and the table's foreign keys. */
  String createTable(TableDefinition table) {
    String name = identifier(table.name());
    List<String> lines = new ArrayList<>();
    table.columns().forEach(column -> lines.add(column(table.name(), column)));
    if (!table.primaryKey().isEmpty()) {
      lines.add("PRIMARY KEY " + columnList(table.primaryKey()));
    }
    table.uniqueConstraints().forEach(unique -> lines.add("CONSTRAINT " + identifier(unique.name())
        + " UNIQUE " + columnList(unique.columns())));
    table.foreignKeys().forEach(fk -> lines.add(foreignKeyConstraint(fk)));
    return "CREATE TABLE " + name + " (\n  " + String.join(",\n  ", lines) + "\n)";
  }

  /** {@code ALTER TABLE ... ADD CONSTRAINT}, for a foreign key closing a cycle. */
  String addForeignKey(ForeignKeyMetadata fk) {
    return "ALTER TABLE " + identifier(fk.table()) + " ADD " + foreignKeyConstraint(fk);
  }

  /** {@code CREATE INDEX} on a foreign key's columns. */
  String createIndex(String table, KeyIndex index) {
    return "CREATE INDEX " + identifier(index.name()) + " ON " + identifier(table) + " " + columnList(index.columns());
  }

  String dropForeignKey(ForeignKeyMetadata fk) {
    return dialect.dropForeignKey(fk.table(), fk.constraintName());
  }

  String dropTable(String table) {
    return "DROP TABLE IF EXISTS " + identifier(table);
  }

  /** Everything the dialect could not express, in the order met. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  private String column(String table, AttributeMetadata column) {
    StringBuilder sql = new StringBuilder(identifier(column.columnName())).append(' ');
    try {
      sql.append(column.autoIncrement() ? dialect.identityColumnType(column.javaType())
          : dialect.columnType(column.javaType()));
      if (column.hasDefaultValue()) {
        sql.append(" DEFAULT ").append(DefaultValues.render(column, dialect));
      }
    } catch (IllegalArgumentException e) {
      problems.add(table + "." + column.columnName() + ": " + e.getMessage());
    }
    if (!column.nullable() || column.primaryKey()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  private String foreignKeyConstraint(ForeignKeyMetadata fk) {
    return "CONSTRAINT " + identifier(fk.constraintName()) + " FOREIGN KEY "
        + columnList(fk.columnNames()) + " REFERENCES " + identifier(fk.referencedTable()) + " "
        + columnList(fk.referencedColumnNames()) + " ON DELETE " + action(fk, "ON DELETE", fk.onDelete())
        + " ON UPDATE " + action(fk, "ON UPDATE", fk.onUpdate());
  }

  private String action(ForeignKeyMetadata fk, String clause, ReferentialAction action) {
    if (!dialect.supports(action)) {
      String alternatives = Arrays.stream(ReferentialAction.values())
          .filter(a -> a != ReferentialAction.DEFAULT && dialect.supports(a))
          .map(ReferentialAction::name).collect(Collectors.joining(", "));
      problems.add(ForeignKeyText.describe(fk) + ": " + clause + " " + action.sql() + " is not supported by "
          + dialect.name() + " — use one of " + alternatives + " (onDelete/onUpdate of @ForeignKey or the "
          + "foreign key defaults)");
    }
    return action.sql();
  }

  private String columnList(List<String> columns) {
    return columns.stream().map(this::identifier).collect(Collectors.joining(", ", "(", ")"));
  }

  private String identifier(String name) {
    if (name.length() > dialect.maxIdentifierLength()) {
      problems.add("identifier " + name + " has " + name.length() + " characters, " + dialect.name()
          + " accepts at most " + dialect.maxIdentifierLength() + " — choose a shorter table or column name");
    }
    return dialect.quote(name);
  }
}
