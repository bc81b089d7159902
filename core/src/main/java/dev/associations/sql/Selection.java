package dev.associations.sql;

import java.util.List;

/**
 * Which rows of a model's table to read, with resolved attributes.
 *
 * @param conditions all must hold
 * @param orderings the ORDER BY terms, in order
 * @param limit the maximum number of rows, or {@code null} for no limit
 * @param offset the number of rows skipped, or {@code null} for none
 */
public record Selection(List<Condition> conditions, List<Ordering> orderings, Integer limit, Integer offset) {

  public Selection {
    conditions = List.copyOf(conditions);
    orderings = List.copyOf(orderings);
  }

  /** Every row, unordered. */
  public static Selection all() {
    return new Selection(List.of(), List.of(), null, null);
  }
}
