package dev.associations.sql;

import dev.associations.metadata.AttributeMetadata;

/**
 * One ORDER BY term.
 *
 * @param attribute the attribute sorted by
 * @param descending {@code true} for descending order
 */
public record Ordering(AttributeMetadata attribute, boolean descending) {
}
