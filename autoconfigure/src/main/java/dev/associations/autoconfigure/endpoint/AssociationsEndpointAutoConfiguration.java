package dev.associations.autoconfigure.endpoint;

import dev.associations.autoconfigure.AssociationsAutoConfiguration;
import dev.associations.registry.AssociationRegistry;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Provides the {@link AssociationsEndpoint} when actuator is present, the endpoint is available
 * (accessible and exposed) and there is an {@link AssociationRegistry}.
 */
@AutoConfiguration(after = AssociationsAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(AssociationsEndpoint.class)
@ConditionalOnBean(AssociationRegistry.class)
public class AssociationsEndpointAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  AssociationsEndpoint associationsEndpoint(AssociationRegistry registry) {
    return new AssociationsEndpoint(registry);
  }
}
