package dev.associations.schema;

import dev.associations.Problem;
import dev.associations.annotation.ReferentialAction;
import dev.associations.dialect.Dialect;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders DDL statements for one dialect, collecting what the dialect cannot express (unsupported
 * types and actions, invalid defaults, identifiers over its limit) instead of failing at the first.
 */
final class DdlRenderer {

  private final Dialect dialect;
  private final Set<Problem> problems = new LinkedHashSet<>();

  DdlRenderer(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * {@code CREATE TABLE} with columns, primary key, unique constraints and the table's foreign
   * keys.
   */
  String createTable(TableDefinition table) {
    String name = table(table.name());
    List<String> lines = new ArrayList<>();
    table.columns().forEach(column -> lines.add(column(table.name(), column)));
    if (!table.primaryKey().isEmpty()) {
      lines.add("PRIMARY KEY " + columnList(table.name(), table.primaryKey()));
    }
    table
        .uniqueConstraints()
        .forEach(
            unique ->
                lines.add(
                    "CONSTRAINT "
                        + derived(table.name(), "unique constraint", unique.name())
                        + " UNIQUE "
                        + columnList(table.name(), unique.columns())));
    table.foreignKeys().forEach(fk -> lines.add(foreignKeyConstraint(fk)));
    return "CREATE TABLE " + name + " (\n  " + String.join(",\n  ", lines) + "\n)";
  }

  /** {@code ALTER TABLE ... ADD CONSTRAINT}, for a foreign key closing a cycle. */
  String addForeignKey(ForeignKeyMetadata fk) {
    return "ALTER TABLE " + table(fk.table()) + " ADD " + foreignKeyConstraint(fk);
  }

  /** {@code CREATE INDEX} on a foreign key's columns. */
  String createIndex(String table, KeyIndex index) {
    return "CREATE INDEX "
        + derived(table, "index", index.name())
        + " ON "
        + table(table)
        + " "
        + columnList(table, index.columns());
  }

  String dropForeignKey(ForeignKeyMetadata fk) {
    return dialect.dropForeignKey(fk.table(), fk.constraintName());
  }

  String dropTable(String table) {
    return "DROP TABLE IF EXISTS " + table(table);
  }

  /** Everything the dialect could not express, in the order met, each once. */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  private String column(String table, AttributeMetadata column) {
    StringBuilder sql = new StringBuilder(column(table, column.columnName())).append(' ');
    try {
      sql.append(
          column.autoIncrement()
              ? dialect.identityColumnType(column.javaType())
              : dialect.columnType(column.javaType()));
      if (column.hasDefaultValue()) {
        sql.append(" DEFAULT ").append(DefaultValues.render(column, dialect));
      }
    } catch (IllegalArgumentException e) {
      // the dialect and the default value rendering say what does not fit
      problems.add(
          split(
              table + "." + column.columnName(),
              Objects.requireNonNull(e.getMessage(), "a message")));
    }
    if (!column.nullable() || column.primaryKey()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  private String foreignKeyConstraint(ForeignKeyMetadata fk) {
    return "CONSTRAINT "
        + derived(fk.table(), "foreign key", fk.constraintName())
        + " FOREIGN KEY "
        + columnList(fk.table(), fk.columnNames())
        + " REFERENCES "
        + table(fk.referencedTable())
        + " "
        + columnList(fk.referencedTable(), fk.referencedColumnNames())
        + " ON DELETE "
        + action(fk, "ON DELETE", fk.onDelete())
        + " ON UPDATE "
        + action(fk, "ON UPDATE", fk.onUpdate());
  }

  private String action(ForeignKeyMetadata fk, String clause, ReferentialAction action) {
    if (!dialect.supports(action)) {
      String alternatives =
          dialect.supportedActions().stream()
              .map(ReferentialAction::name)
              .collect(Collectors.joining(", "));
      problems.add(
          new Problem(
              fk.table(),
              "foreign key "
                  + ForeignKeyText.describe(fk)
                  + ": "
                  + clause
                  + " "
                  + action.sql()
                  + " is not supported by "
                  + dialect.name(),
              "use one of "
                  + alternatives
                  + " (onDelete/onUpdate of @ForeignKey or the foreign key defaults)"));
    }
    return action.sql();
  }

  private String columnList(String table, List<String> columns) {
    return columns.stream()
        .map(column -> column(table, column))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private String table(String name) {
    return identifier(
        name,
        name,
        "the table name",
        "shorten it: @Model(table = \"...\") for a model's table,"
            + " @Through(table = \"...\") for a join table");
  }

  private String column(String table, String name) {
    return identifier(
        name,
        table + "." + name,
        "the column name",
        "shorten it: @Attribute(columnName = \"...\"),"
            + " or @ForeignKey(columnName = \"...\") for a foreign key column");
  }

  /** The name of a constraint or index, derived from the names of its table and columns. */
  private String derived(String table, String kind, String name) {
    return identifier(
        name,
        table,
        "the " + kind + " name " + name,
        "shorten the names of the table and columns" + " it is derived from");
  }

  private String identifier(String name, String location, String what, String fix) {
    if (name.length() > dialect.maxIdentifierLength()) {
      problems.add(
          new Problem(
              location,
              what
                  + " has "
                  + name.length()
                  + " characters, "
                  + dialect.name()
                  + " accepts at most "
                  + dialect.maxIdentifierLength(),
              fix));
    }
    return dialect.quote(name);
  }

  /**
   * A problem at {@code location} from a dialect's or {@link DefaultValues}' message, which gives
   * the fix after its first {@code " — "} or {@code "; "}.
   */
  private static Problem split(String location, String message) {
    int dash = message.indexOf(" — ");
    int semicolon = message.indexOf("; ");
    int at = dash < 0 ? semicolon : semicolon < 0 ? dash : Math.min(dash, semicolon);
    return at < 0
        ? new Problem(location, message, "change the attribute's type or default value")
        : new Problem(
            location, message.substring(0, at), message.substring(at + (at == dash ? 3 : 2)));
  }
}
