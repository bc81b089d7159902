/**
 * What applications call: {@link dev.associations.repository.AssociationRepository} and its mixins,
 * {@link dev.associations.repository.Query} and {@link dev.associations.repository.Condition},
 * include options ({@link dev.associations.repository.Include}), {@code @SqlQuery} /
 * {@code @SqlUpdate} methods, and the {@link dev.associations.repository.RepositoryFactory} that
 * creates the proxies. The proxies' implementation (dispatch, derived queries, mixin resolution,
 * read scopes) is package-private.
 */
@NullMarked
package dev.associations.repository;

import org.jspecify.annotations.NullMarked;
