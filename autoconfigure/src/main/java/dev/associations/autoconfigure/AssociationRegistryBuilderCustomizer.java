package dev.associations.autoconfigure;

import dev.associations.registry.AssociationRegistry;

/**
 * Customizes the auto-configured {@link AssociationRegistry} before it is built: beans of this type
 * are called in their order, after the {@code associations.*} properties and the scanned
 * {@code @Model} classes have been applied, so they can add models from elsewhere or replace the
 * naming strategy, the foreign key defaults or the dialect.
 */
@FunctionalInterface
public interface AssociationRegistryBuilderCustomizer {

  /** Customizes the builder; called once, on the thread building the registry. */
  void customize(AssociationRegistry.Builder builder);
}
