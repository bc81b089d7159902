package dev.associations.sql;

import dev.associations.dialect.Dialect;
import dev.associations.metadata.AttributeMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** Renders matches of key value tuples as a WHERE clause with bound parameters; no tuples match nothing. */
final class WhereClause {

  private final Dialect dialect;
  private final String qualifier;
  private final List<String> terms = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  WhereClause(Dialect dialect) {
    this(dialect, "");
  }

  /** A clause whose columns are prefixed by a table alias and a dot ({@code t0.}). */
  WhereClause(Dialect dialect, String qualifier) {
    this.dialect = dialect;
    this.qualifier = qualifier;
  }

  /** {@code (a = ? AND b = ?) OR (...)}: one term matching any of these key value tuples. */
  WhereClause addKeyTuples(List<AttributeMetadata> key, List<List<Object>> tuples) {
    if (tuples.isEmpty()) {
      terms.add("1 = 0");
      return this;
    }
    String one = key.stream().map(a -> column(a) + " = ?")
        .collect(Collectors.joining(" AND ", "(", ")"));
    terms.add(String.join(" OR ", Collections.nCopies(tuples.size(), one)));
    tuples.forEach(parameters::addAll);
    return this;
  }

  private String column(AttributeMetadata attribute) {
    return qualifier + dialect.quote(attribute.columnName());
  }

  String sql() {
    return terms.isEmpty() ? "" : " WHERE " + terms.stream()
        .map(t -> terms.size() > 1 && t.contains(" OR ") ? "(" + t + ")" : t)
        .collect(Collectors.joining(" AND "));
  }

  List<Object> parameters() {
    return parameters;
  }

  static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
