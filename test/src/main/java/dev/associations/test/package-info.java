/**
 * Test slice support: {@code @AssociationsTest} starts only the data source, the registry and the
 * repositories.
 */
@NullMarked
package dev.associations.test;

import org.jspecify.annotations.NullMarked;
