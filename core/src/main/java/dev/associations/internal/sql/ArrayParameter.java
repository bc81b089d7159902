package dev.associations.internal.sql;

import java.util.List;

/**
 * A parameter bound as one SQL array ({@code = ANY(?)}), created on the statement's connection.
 *
 * @param elementType the database's name of the element type ({@code bigint})
 * @param values the elements, as attribute values
 */
public record ArrayParameter(String elementType, List<Object> values) {

  public ArrayParameter {
    values = List.copyOf(values);
  }
}
