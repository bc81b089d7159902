package dev.associations.execution;

/**
 * One row of an include statement.
 *
 * @param entities one per table of the statement, {@code null} where a LEFT JOIN found no row
 * @param parentKey for a to-many statement, the key naming the row's parent (see
 *     {@link LoadedEntity#key(Object[], int[])}); otherwise {@code null}
 */
record LevelRow(LoadedEntity[] entities, Object parentKey) {
}
