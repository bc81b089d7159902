/**
 * The resolved models and associations, as immutable records read from an {@link
 * dev.associations.registry.AssociationRegistry}: tables, columns, keys, foreign keys with their
 * actions, join tables and scopes. Nothing changes them once the registry is built.
 */
@NullMarked
package dev.associations.metadata;

import org.jspecify.annotations.NullMarked;
