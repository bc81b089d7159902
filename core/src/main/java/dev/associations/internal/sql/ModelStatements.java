package dev.associations.internal.sql;

import dev.associations.dialect.Dialect;
import dev.associations.internal.query.Selection;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SELECT, COUNT, INSERT, UPDATE and DELETE statements of one model's table, with identifiers
 * from the registry quoted by the dialect and every value a bound parameter.
 *
 * <p>Only attributes the model class declares are selected: a foreign key attribute added by an
 * association has no field to read it into.
 */
public final class ModelStatements {

  private static final String BASE = "t0";

  private final Dialect dialect;
  private final SqlColumns columns;
  private final PredicateRenderer renderer;
  private final KeyTerms keyTerms;
  private final ModelMetadata model;
  private final List<AttributeMetadata> selected;
  private final String table;

  public ModelStatements(Dialect dialect, ModelMetadata model) {
    this.dialect = dialect;
    this.columns = new SqlColumns(dialect);
    this.renderer = new PredicateRenderer(columns);
    this.keyTerms = new KeyTerms(dialect);
    this.model = model;
    this.selected = model.attributes().stream().filter(AttributeMetadata::isDeclared).toList();
    this.table = columns.table(model.table());
  }

  /** The attributes every SELECT returns, in column order. */
  public List<AttributeMetadata> selectedAttributes() {
    return selected;
  }

  /** Reads the rows of a selection: its condition, order, limit and offset. */
  public SqlStatement select(Selection selection) {
    TableScope scope = TableScope.of(columns, BASE);
    List<Object> parameters = new ArrayList<>();
    String where = SelectionClauses.where(renderer, selection, scope, parameters);
    String order =
        SelectionClauses.orderBy(
            columns, selection, SelectionClauses.orderColumns(selection, scope));
    String sql =
        "SELECT "
            + columns.list(BASE, SqlColumns.names(selected))
            + " FROM "
            + table
            + " "
            + BASE
            + scope.joins()
            + where
            + order
            + SelectionClauses.page(selection);
    return new SqlStatement(sql, SqlColumns.concat(scope.joinParameters(), parameters));
  }

  /** Reads the rows with these primary key values (one list of key values per row). */
  public List<SqlStatement> selectByKeys(List<List<Object>> keys) {
    return keyTerms.statements(
        selectFrom(),
        columns.each(null, SqlColumns.names(model.primaryKey())),
        model.primaryKey(),
        keys);
  }

  /** Reads only the primary key columns of the rows with these key values. */
  public List<SqlStatement> selectExistingKeys(List<List<Object>> keys) {
    return keyTerms.statements(
        "SELECT " + columns.list(null, SqlColumns.names(model.primaryKey())) + " FROM " + table,
        columns.each(null, SqlColumns.names(model.primaryKey())),
        model.primaryKey(),
        keys);
  }

  /** Counts the rows meeting a selection's condition (its order and page do not count). */
  public SqlStatement count(Selection selection) {
    TableScope scope = TableScope.of(columns, BASE);
    List<Object> parameters = new ArrayList<>();
    String where = SelectionClauses.where(renderer, selection, scope, parameters);
    return new SqlStatement(
        "SELECT COUNT(*) FROM " + table + " " + BASE + scope.joins() + where,
        SqlColumns.concat(scope.joinParameters(), parameters));
  }

  /** Counts the rows with this primary key value (0 or 1). */
  public SqlStatement countByKey(List<Object> key) {
    return new SqlStatement("SELECT COUNT(*) FROM " + table + byKeys(1), key);
  }

  /**
   * {@code INSERT INTO t (a, b) VALUES (?, ?)}, parameters in the order of {@code columns}; without
   * columns, the dialect's insert of a row of defaults.
   */
  public String insert(List<AttributeMetadata> columns) {
    if (columns.isEmpty()) {
      return dialect.insertDefaultValues(model.table());
    }
    return "INSERT INTO "
        + table
        + " ("
        + this.columns.list(null, SqlColumns.names(columns))
        + ") VALUES ("
        + SqlColumns.placeholders(columns.size())
        + ")";
  }

  /**
   * {@code UPDATE t SET a = ?, b = ? WHERE id = ?}: the {@code columns} values first, then the
   * primary key values; with a {@code version}, {@code ..., version = version + 1 WHERE id = ? AND
   * version = ?}, the version read last.
   */
  public String update(List<AttributeMetadata> columns, @Nullable AttributeMetadata version) {
    List<String> assignments = new ArrayList<>();
    columns.forEach(a -> assignments.add(this.columns.column(null, a.columnName()) + " = ?"));
    if (version != null) {
      String column = this.columns.column(null, version.columnName());
      assignments.add(column + " = " + column + " + 1");
    }
    return "UPDATE "
        + table
        + " SET "
        + String.join(", ", assignments)
        + keyCondition()
        + versionCondition(version);
  }

  /**
   * {@code DELETE FROM t WHERE id = ?} (and {@code AND version = ?}), parameters the primary key
   * values (then the version).
   */
  public String deleteByKey(@Nullable AttributeMetadata version) {
    return "DELETE FROM " + table + keyCondition() + versionCondition(version);
  }

  private String versionCondition(@Nullable AttributeMetadata version) {
    return version == null ? "" : " AND " + columns.column(null, version.columnName()) + " = ?";
  }

  private String keyCondition() {
    return " WHERE " + columns.bound(null, SqlColumns.names(model.primaryKey()));
  }

  private String selectFrom() {
    return "SELECT " + columns.list(null, SqlColumns.names(selected)) + " FROM " + table;
  }

  private String byKeys(int count) {
    return columns.whereAnyTuple(null, SqlColumns.names(model.primaryKey()), count);
  }
}
