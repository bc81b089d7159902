/**
 * Which dialect a consumer of a registry works with: the one given to it, the registry's, or the
 * detected one, never two that disagree (implementation).
 */
@NullMarked
package dev.associations.internal.dialect;

import org.jspecify.annotations.NullMarked;
