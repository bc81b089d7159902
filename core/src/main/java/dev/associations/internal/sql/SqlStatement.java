package dev.associations.internal.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL text with its bound parameter values, in order. Values are Java values; converting them for
 * JDBC is up to the executor.
 *
 * @param sql the statement text, with {@code ?} placeholders
 * @param parameters one value per placeholder ({@code null} allowed)
 */
public record SqlStatement(String sql, List<Object> parameters) {

  public SqlStatement {
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }
}
