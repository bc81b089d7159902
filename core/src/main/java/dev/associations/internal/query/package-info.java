/**
 * The resolved query model (implementation): predicates, orderings, selections and include plans,
 * checked against the registry and ready to render.
 */
@NullMarked
package dev.associations.internal.query;

import org.jspecify.annotations.NullMarked;
