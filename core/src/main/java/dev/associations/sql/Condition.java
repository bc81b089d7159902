package dev.associations.sql;

import dev.associations.metadata.AttributeMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One condition on a resolved attribute of a WHERE clause.
 *
 * @param attribute the attribute tested
 * @param operator the test
 * @param values the bound values: one for {@code EQUALS}, any number for {@code IN}, none otherwise
 */
public record Condition(AttributeMetadata attribute, Operator operator, List<Object> values) {

  /** The supported tests. */
  public enum Operator { EQUALS, IN, IS_NULL, IS_NOT_NULL }

  public Condition {
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }
}
