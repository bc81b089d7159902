package dev.associations.autoconfigure;

import dev.associations.registry.AssociationRegistry;

/**
 * Customizes the auto-configured {@link AssociationRegistry} before it is built: beans of this type
 * are called in their order, after the {@code associations.*} properties and the scanned
 * {@code @Model} classes have been applied, so they can add models from elsewhere or replace the
 * naming strategy, the foreign key defaults or the dialect. The dialect (the application's {@link
 * dev.associations.dialect.Dialect} bean or the detected one) is set before the customizers run, so
 * a customizer may replace it but cannot rescue a database no dialect knows: use a {@code Dialect}
 * bean or a {@link dev.associations.dialect.DialectProvider} for that.
 */
@FunctionalInterface
public interface AssociationRegistryBuilderCustomizer {

  /** Customizes the builder; called once, on the thread building the registry. */
  void customize(AssociationRegistry.Builder builder);
}
