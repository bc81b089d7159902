package dev.associations.internal.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one include loads its rows, resolved against its target model.
 *
 * @param where the condition its rows meet, or {@code null} for all
 * @param required whether a parent without such a row is dropped (an {@code EXISTS} on the parent's
 *     level, so that limits still count parents)
 * @param orderings the order of each parent's rows; with any option set, the primary key follows as
 *     a tie-break
 * @param limit the most rows per parent, or {@code null}
 * @param offset the rows skipped per parent, or {@code null}
 * @param through for a BelongsToMany, the condition its join rows meet (over the join table's
 *     attributes), or {@code null} for all
 */
public record IncludeOptions(
    @Nullable Predicate where,
    boolean required,
    List<Ordering> orderings,
    @Nullable Integer limit,
    @Nullable Integer offset,
    @Nullable Predicate through) {

  /** Every row, in the database's order, parents kept without rows. */
  public static final IncludeOptions NONE =
      new IncludeOptions(null, false, List.of(), null, null, null);

  public IncludeOptions {
    orderings = List.copyOf(orderings);
  }
}
