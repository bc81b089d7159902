package dev.associations.internal.sql;

import dev.associations.dialect.Dialect;
import dev.associations.internal.query.Ordering;
import dev.associations.metadata.Association;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.ScopeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** Renders quoted, optionally alias-qualified column lists and conditions. */
final class SqlColumns {

  private final Dialect dialect;

  SqlColumns(Dialect dialect) {
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  String table(String name) {
    return dialect.quote(name);
  }

  /** {@code a.x, a.y}; no qualifier when {@code alias} is {@code null}. */
  String list(@Nullable String alias, List<String> columns) {
    return columns.stream().map(c -> column(alias, c)).collect(Collectors.joining(", "));
  }

  /** The qualified columns, one string each. */
  List<String> each(@Nullable String alias, List<String> columns) {
    return columns.stream().map(c -> column(alias, c)).toList();
  }

  /** {@code a.x = ? AND a.y = ?}. */
  String bound(@Nullable String alias, List<String> columns) {
    return columns.stream()
        .map(c -> column(alias, c) + " = ?")
        .collect(Collectors.joining(" AND "));
  }

  /** {@code x = ?, y = ?} for a SET clause, or {@code x = NULL, y = NULL}. */
  String assignments(List<String> columns, boolean toNull) {
    return columns.stream()
        .map(c -> column(null, c) + (toNull ? " = NULL" : " = ?"))
        .collect(Collectors.joining(", "));
  }

  /** {@code l.a = r.b AND ...}, pairwise. */
  String equalities(String leftAlias, List<String> left, String rightAlias, List<String> right) {
    return IntStream.range(0, left.size())
        .mapToObj(i -> column(leftAlias, left.get(i)) + " = " + column(rightAlias, right.get(i)))
        .collect(Collectors.joining(" AND "));
  }

  /**
   * How a target row of an association (other than BelongsToMany) matches its source row: {@code
   * target.fk = source.id} when the key is on the target, {@code target.id = source.fk} when it is
   * on the source, and the association's {@link #scope} on whichever holds the key.
   */
  String keyMatch(
      Association association, String targetAlias, String sourceAlias, List<Object> parameters) {
    ForeignKeyMetadata key = association.foreignKey();
    boolean keyOnTarget = association.type().isKeyOnTarget();
    return equalities(
            targetAlias,
            keyOnTarget ? key.columnNames() : key.referencedColumnNames(),
            sourceAlias,
            keyOnTarget ? key.referencedColumnNames() : key.columnNames())
        + scope(association, keyOnTarget ? targetAlias : sourceAlias, parameters);
  }

  /**
   * {@code " AND h.type = ?"} for each scope value of the association, on the table holding its
   * foreign key (aliased {@code holderAlias}, {@code null} for none), the values appended to {@code
   * parameters}; empty for an association without a scope.
   */
  String scope(Association association, @Nullable String holderAlias, List<Object> parameters) {
    StringBuilder sql = new StringBuilder();
    for (ScopeValue value : association.scope()) {
      sql.append(" AND ")
          .append(column(holderAlias, value.attribute().columnName()))
          .append(" = ?");
      parameters.add(value.value());
    }
    return sql.toString();
  }

  /**
   * {@code " WHERE (a = ? AND b = ?) OR (...)"}: a condition matching any of {@code count} key
   * value tuples of these columns, their values bound in order; {@code " WHERE 1 = 0"} for none.
   */
  String whereAnyTuple(@Nullable String alias, List<String> columns, int count) {
    if (count == 0) {
      return " WHERE 1 = 0";
    }
    String one =
        columns.stream()
            .map(c -> column(alias, c) + " = ?")
            .collect(Collectors.joining(" AND ", "(", ")"));
    return " WHERE " + String.join(" OR ", Collections.nCopies(count, one));
  }

  /** The column names of these attributes, in order. */
  static List<String> names(List<AttributeMetadata> attributes) {
    return attributes.stream().map(AttributeMetadata::columnName).toList();
  }

  /** Both lists' elements, the first's first. */
  static <E> List<E> concat(List<? extends E> first, List<? extends E> second) {
    List<E> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** {@code ?, ?, ?}. */
  static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /**
   * {@code ASC} or {@code DESC} for an ORDER BY term, {@code NULL}s sorting lowest on every
   * database when it may hold them.
   */
  String direction(Ordering ordering) {
    boolean nullable = ordering.attribute().nullable() || !ordering.joins().isEmpty();
    return (ordering.descending() ? " DESC" : " ASC")
        + (nullable ? dialect.nullsLowest(ordering.descending()) : "");
  }

  String column(@Nullable String alias, String column) {
    return (alias == null ? "" : alias + ".") + dialect.quote(column);
  }
}
