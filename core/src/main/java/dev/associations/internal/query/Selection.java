package dev.associations.internal.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which rows of a model's table to read, with resolved attributes.
 *
 * @param where the condition rows meet, or {@code null} for every row
 * @param orderings the ORDER BY terms, in order
 * @param limit the maximum number of rows, or {@code null} for no limit
 * @param offset the number of rows skipped, or {@code null} for none
 */
public record Selection(
    @Nullable Predicate where,
    List<Ordering> orderings,
    @Nullable Integer limit,
    @Nullable Integer offset) {

  public Selection {
    orderings = List.copyOf(orderings);
  }

  /** Every row, unordered. */
  public static Selection all() {
    return new Selection(null, List.of(), null, null);
  }

  /** This selection, its rows also meeting this condition ({@code null}: none). */
  public Selection and(@Nullable Predicate condition) {
    return new Selection(Predicate.both(where, condition), orderings, limit, offset);
  }

  /** Whether a limit or an offset applies. */
  public boolean isPaged() {
    return limit != null || offset != null;
  }
}
