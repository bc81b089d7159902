package dev.associations.execution;

import java.util.List;

/**
 * One row of an include statement.
 *
 * @param entities one per table of the statement, {@code null} where a LEFT JOIN found no row
 * @param parentKey for a to-many statement, the foreign key values naming the row's parent;
 *     otherwise empty
 */
record LevelRow(LoadedEntity[] entities, List<Object> parentKey) {
}
