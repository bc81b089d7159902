package dev.associations.autoconfigure.metrics;

import dev.associations.registry.AssociationRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Gauges of the registry: {@value #MODELS} and {@value #ASSOCIATIONS} (declared ones and the
 * inverses created for them).
 */
public final class AssociationRegistryMetrics implements MeterBinder {

  public static final String MODELS = "associations.registry.models";
  public static final String ASSOCIATIONS = "associations.registry.associations";

  private final AssociationRegistry registry;

  public AssociationRegistryMetrics(AssociationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void bindTo(MeterRegistry meters) {
    Gauge.builder(MODELS, registry, r -> r.models().size())
        .description("Registered association models")
        .register(meters);
    Gauge.builder(ASSOCIATIONS, registry, AssociationRegistryMetrics::associations)
        .description("Associations of the registered models, inverses included")
        .register(meters);
  }

  private static double associations(AssociationRegistry registry) {
    return registry.models().stream().mapToInt(m -> registry.associations(m.type()).size()).sum();
  }
}
