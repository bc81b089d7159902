/**
 * Associations for Spring: Sequelize-style model associations on plain spring-jdbc. The root
 * package holds what every part shares: {@link dev.associations.AssociationsException}, the base of
 * every startup failure, and its {@link dev.associations.Problem}s. The public API is the types of
 * this package and of {@code annotation}, {@code metadata}, {@code registry}, {@code naming},
 * {@code dialect}, {@code listener}, {@code repository} and {@code schema}; everything under {@code
 * dev.associations.internal} is implementation and may change in any release.
 */
@NullMarked
package dev.associations;

import org.jspecify.annotations.NullMarked;
