/**
 * Builds the {@link dev.associations.registry.AssociationRegistry}: reads the model classes,
 * applies the association rules (inverses, foreign key names, join tables, scopes, referential
 * actions), collects every definition problem and reports them at once as an {@link
 * dev.associations.registry.AssociationDefinitionException}. The mutable drafts and the rules are
 * package-private.
 */
@NullMarked
package dev.associations.registry;

import org.jspecify.annotations.NullMarked;
