/** Micrometer meters for repository calls, statements and loaded includes. */
@NullMarked
package dev.associations.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
