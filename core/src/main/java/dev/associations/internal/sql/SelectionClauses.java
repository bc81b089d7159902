package dev.associations.internal.sql;

import dev.associations.internal.query.Selection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The WHERE, ORDER BY, LIMIT and OFFSET clauses of a {@link Selection} over a {@link TableScope}.
 */
final class SelectionClauses {

  /** The LIMIT written when only an offset is given, since MariaDB and MySQL need one. */
  private static final long NO_LIMIT = Long.MAX_VALUE;

  private SelectionClauses() {}

  /**
   * {@code " WHERE ..."} with the selection's values appended to {@code parameters}, or an empty
   * string.
   */
  static String where(
      PredicateRenderer renderer, Selection selection, TableScope scope, List<Object> parameters) {
    return selection.where() == null
        ? ""
        : " WHERE " + renderer.render(selection.where(), scope, parameters);
  }

  /** The columns the selection orders by, in order, joining their paths in the scope. */
  static List<String> orderColumns(Selection selection, TableScope scope) {
    return selection.orderings().stream()
        .map(o -> scope.column(o.joins(), o.attribute().columnName()))
        .toList();
  }

  /**
   * {@code " ORDER BY a ASC, b DESC"} over these columns (one per ordering), or an empty string.
   */
  static String orderBy(SqlColumns sql, Selection selection, List<String> columns) {
    return columns.isEmpty()
        ? ""
        : IntStream.range(0, columns.size())
            .mapToObj(i -> columns.get(i) + sql.direction(selection.orderings().get(i)))
            .collect(Collectors.joining(", ", " ORDER BY ", ""));
  }

  /** {@code " LIMIT n OFFSET m"}, or the part of it that applies, or an empty string. */
  static String page(Selection selection) {
    StringBuilder sql = new StringBuilder();
    if (selection.isPaged()) {
      sql.append(" LIMIT ").append(selection.limit() != null ? (long) selection.limit() : NO_LIMIT);
    }
    if (selection.offset() != null) {
      sql.append(" OFFSET ").append((long) selection.offset());
    }
    return sql.toString();
  }
}
