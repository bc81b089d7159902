package dev.associations.internal.query;

import dev.associations.metadata.Association;
import dev.associations.metadata.AttributeMetadata;
import java.util.List;

/**
 * One ORDER BY term.
 *
 * @param joins the to-one associations leading to the attribute's table, none for the roots' own
 * @param attribute the attribute sorted by
 * @param descending {@code true} for descending order
 */
public record Ordering(List<Association> joins, AttributeMetadata attribute, boolean descending) {

  public Ordering {
    joins = List.copyOf(joins);
  }

  /** A term on an attribute of the roots. */
  public Ordering(AttributeMetadata attribute, boolean descending) {
    this(List.of(), attribute, descending);
  }
}
