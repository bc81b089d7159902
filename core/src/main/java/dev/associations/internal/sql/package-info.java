/**
 * Renders every statement the library sends (implementation): text with {@code ?} placeholders and
 * its values, per dialect, from the query model and the metadata.
 */
@NullMarked
package dev.associations.internal.sql;

import org.jspecify.annotations.NullMarked;
