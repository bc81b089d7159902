package dev.associations.autoconfigure.metrics;

import dev.associations.autoconfigure.AssociationsAutoConfiguration;
import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.RepositoryListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters for the repositories and the registry, when Micrometer is on the classpath and
 * the application has a {@link MeterRegistry}. An application's own {@link RepositoryListener} bean
 * replaces the repository meters.
 */
@AutoConfiguration(
    after = AssociationsAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, AssociationRegistry.class})
@ConditionalOnBean({MeterRegistry.class, AssociationRegistry.class})
public class AssociationsMetricsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(RepositoryListener.class)
  MicrometerRepositoryListener associationsRepositoryMetrics(MeterRegistry meterRegistry) {
    return new MicrometerRepositoryListener(meterRegistry);
  }

  @Bean
  @ConditionalOnMissingBean
  AssociationRegistryMetrics associationRegistryMetrics(AssociationRegistry registry) {
    return new AssociationRegistryMetrics(registry);
  }
}
