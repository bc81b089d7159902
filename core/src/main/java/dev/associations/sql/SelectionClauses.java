package dev.associations.sql;

import dev.associations.metadata.AttributeMetadata;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ORDER BY, LIMIT and OFFSET clauses of a {@link Selection}. */
final class SelectionClauses {

  /** The LIMIT written when only an offset is given, since MariaDB and MySQL need one. */
  private static final long NO_LIMIT = Long.MAX_VALUE;

  private SelectionClauses() {
  }

  /** The clauses, each with a leading space, or an empty string; columns rendered by {@code column}. */
  static String of(Selection selection, Function<AttributeMetadata, String> column) {
    StringBuilder sql = new StringBuilder(orderBy(selection, column));
    if (selection.limit() != null || selection.offset() != null) {
      sql.append(" LIMIT ").append(selection.limit() != null ? (long) selection.limit() : NO_LIMIT);
    }
    if (selection.offset() != null) {
      sql.append(" OFFSET ").append((long) selection.offset());
    }
    return sql.toString();
  }

  /** The ORDER BY clause alone, with a leading space, or an empty string. */
  static String orderBy(Selection selection, Function<AttributeMetadata, String> column) {
    return selection.orderings().isEmpty() ? "" : selection.orderings().stream()
        .map(o -> column.apply(o.attribute()) + (o.descending() ? " DESC" : " ASC"))
        .collect(Collectors.joining(", ", " ORDER BY ", ""));
  }
}
