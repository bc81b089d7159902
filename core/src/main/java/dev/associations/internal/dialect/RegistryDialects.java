package dev.associations.internal.dialect;

import dev.associations.dialect.Dialect;
import dev.associations.registry.AssociationRegistry;
import java.util.Objects;

/**
 * The one check of a dialect given to a consumer of a registry ({@code SchemaGenerator}, {@code
 * SchemaValidator}, {@code RepositoryFactory}) against the dialect the registry was checked
 * against, so that DDL, validation and statements are never written for another database than the
 * one whose actions and types the registry accepted.
 */
public final class RegistryDialects {

  private RegistryDialects() {}

  /**
   * The dialect given to a consumer, when the registry has none or one of the same {@link
   * Dialect#name() name}.
   *
   * @param consumer what the dialect was given to, for the message, e.g. {@code SchemaGenerator}
   * @param withoutDialect how to build that consumer with the registry's dialect instead, for the
   *     message, e.g. {@code new SchemaGenerator(registry)}
   * @throws IllegalArgumentException naming both dialects and how to make them agree, when the
   *     registry was checked against another dialect
   */
  public static Dialect requireAgreement(
      AssociationRegistry registry, Dialect dialect, String consumer, String withoutDialect) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(dialect, "dialect");
    registry
        .dialect()
        .filter(checked -> !checked.name().equals(dialect.name()))
        .ifPresent(
            checked -> {
              throw new IllegalArgumentException(
                  "The registry was checked against the dialect "
                      + checked.name()
                      + ", but "
                      + consumer
                      + " was given "
                      + dialect.name()
                      + ": give it the registry's dialect (or use "
                      + withoutDialect
                      + "), or build the registry with AssociationRegistry.builder().dialect(...)"
                      + " for "
                      + dialect.name()
                      + " so that it is checked against that database");
            });
    return dialect;
  }
}
