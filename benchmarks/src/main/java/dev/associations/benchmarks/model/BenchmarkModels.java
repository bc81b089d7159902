package dev.associations.benchmarks.model;

import dev.associations.dialect.Dialect;
import dev.associations.registry.AssociationRegistry;

/** The registry of the benchmark's models; its DDL is the schema every contestant shares. */
public final class BenchmarkModels {

  private BenchmarkModels() {}

  public static AssociationRegistry registry(Dialect dialect) {
    return AssociationRegistry.builder()
        .dialect(dialect)
        .addModels(Parent.class, Child.class, License.class, Club.class)
        .build();
  }
}
