package dev.associations.internal.execution;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of an include statement, read once into a single array.
 *
 * @param entities one per table of the statement, {@code null} where a LEFT JOIN found no row
 * @param values the values of every table's attributes, table after table (see {@link
 *     LevelRowMapper#offset}), then those of a trailing parent key
 * @param parentKey for a to-many statement, the key naming the row's parent (see {@link
 *     RowKeys#key}); otherwise {@code null}
 */
record LevelRow(
    @Nullable Object[] entities, @Nullable Object[] values, @Nullable Object parentKey) {

  /** The entity of the level's own table, which every row has. */
  Object entity() {
    return Objects.requireNonNull(entities[0], "the entity of the level's own table");
  }
}
