package dev.associations.repository;

import dev.associations.metadata.Association;

/**
 * One mixin of an association, named like Sequelize's accessors.
 *
 * @param name the method name ({@code addChildren})
 * @param association the association
 * @param operation what it does
 * @param plural {@code true} when it takes a collection of targets or returns all of them
 */
record Mixin(String name, Association association, MixinOperation operation, boolean plural) {}
