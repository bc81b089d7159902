/**
 * Spring Boot auto-configuration: the registry from the application's {@code @Model} classes and
 * {@code associations.*} properties, schema handling, repository beans, observations, and failure
 * analysis of every startup problem.
 */
@NullMarked
package dev.associations.autoconfigure;

import org.jspecify.annotations.NullMarked;
