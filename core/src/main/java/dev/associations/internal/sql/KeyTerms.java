package dev.associations.internal.sql;

import dev.associations.dialect.Dialect;
import dev.associations.metadata.AttributeMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Matches columns against a batch of key values. One key is plain equalities ({@code a = ? AND b =
 * ?}), which every planner handles best. Otherwise a single-column key is one {@code = ANY(?)} with
 * one array parameter on databases that take arrays (PostgreSQL, H2), so one statement for up to
 * {@link Dialect#arrayParameterLimit()} keys (a million on PostgreSQL, 50,000 on H2). Elsewhere
 * (MariaDB, MySQL), and for composite keys everywhere, keys are written as {@code col IN (?, ...)}
 * or {@code (a, b) IN ((?, ?), ...)}, in chunks of {@value #CHUNK} keys, well below every driver's
 * parameter limit: only more keys than that add statements.
 */
final class KeyTerms {

  /** The most keys one IN list holds. */
  static final int CHUNK = 1000;

  private final Dialect dialect;

  KeyTerms(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * The statements {@code select + " WHERE " + term}, one per chunk.
   *
   * @param columns the qualified, quoted columns matched
   * @param key the attributes whose values the keys hold, one per column
   * @param keys the key value tuples; not empty
   */
  List<SqlStatement> statements(
      String select, List<String> columns, List<AttributeMetadata> key, List<List<Object>> keys) {
    if (keys.size() == 1) {
      return List.of(new SqlStatement(singleKeySql(select, columns), keys.get(0)));
    }
    if (columns.size() == 1 && dialect.supportsArrayParameters()) {
      List<SqlStatement> statements = new ArrayList<>();
      int limit = dialect.arrayParameterLimit();
      for (int from = 0; from < keys.size(); from += limit) {
        List<Object> values =
            keys.subList(from, Math.min(keys.size(), from + limit)).stream()
                .map(k -> k.get(0))
                .toList();
        statements.add(
            new SqlStatement(
                select + " WHERE " + columns.get(0) + " = ANY(?)",
                List.of(new ArrayParameter(elementType(key.get(0)), values))));
      }
      return statements;
    }
    String tuple = columns.size() == 1 ? "?" : "(" + SqlColumns.placeholders(columns.size()) + ")";
    String left =
        columns.size() == 1
            ? columns.get(0)
            : columns.stream().collect(Collectors.joining(", ", "(", ")"));
    List<SqlStatement> statements = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += CHUNK) {
      List<List<Object>> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
      List<Object> parameters = new ArrayList<>();
      chunk.forEach(parameters::addAll);
      statements.add(
          new SqlStatement(
              select
                  + " WHERE "
                  + left
                  + " IN ("
                  + String.join(", ", Collections.nCopies(chunk.size(), tuple))
                  + ")",
              parameters));
    }
    return statements;
  }

  /** The statement for one key: {@code select + " WHERE a = ? AND b = ?"}. */
  String singleKeySql(String select, List<String> columns) {
    return select
        + " WHERE "
        + columns.stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
  }

  /** The array element type: the column type without its length or precision. */
  private String elementType(AttributeMetadata attribute) {
    String type = dialect.columnType(attribute.javaType());
    int parenthesis = type.indexOf('(');
    return (parenthesis < 0 ? type : type.substring(0, parenthesis))
        .trim()
        .toLowerCase(Locale.ROOT);
  }
}
