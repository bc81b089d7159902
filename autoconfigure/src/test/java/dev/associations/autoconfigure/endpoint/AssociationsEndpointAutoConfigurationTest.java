package dev.associations.autoconfigure.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.autoconfigure.AssociationsAutoConfiguration;
import dev.associations.registry.AssociationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AssociationsEndpointAutoConfigurationTest {

  private static final String EXPOSED = "management.endpoints.web.exposure.include=associations";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  AssociationsAutoConfiguration.class, AssociationsEndpointAutoConfiguration.class))
          .withPropertyValues(
              "associations.model-packages=dev.associations.autoconfigure.endpoint.models");

  @Test
  void isListedInTheAutoConfigurationImports() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .contains(AssociationsEndpointAutoConfiguration.class.getName());
  }

  @Test
  void providesTheEndpointOfTheRegistryWhenExposed() {
    runner
        .withPropertyValues(EXPOSED)
        .run(
            context -> {
              assertThat(context).hasSingleBean(AssociationsEndpoint.class);
              assertThat(context.getBean(AssociationsEndpoint.class).associations().models())
                  .containsOnlyKeys("Person", "DrivingLicense", "Order", "OrderLine");
            });
  }

  @Test
  void providesNoEndpointWhenNotExposed() {
    runner.run(
        context ->
            assertThat(context)
                .hasSingleBean(AssociationRegistry.class)
                .doesNotHaveBean(AssociationsEndpoint.class));
  }

  @Test
  void providesNoEndpointWhenExposedOnlyOverJmxWithJmxDisabled() {
    runner
        .withPropertyValues("management.endpoints.jmx.exposure.include=associations")
        .run(context -> assertThat(context).doesNotHaveBean(AssociationsEndpoint.class));
  }

  @Test
  void providesNoEndpointWhenItsAccessIsNone() {
    // upper case: the runner's environment lacks the lenient enum conversion of an application
    runner
        .withPropertyValues(EXPOSED, "management.endpoint.associations.access=NONE")
        .run(
            context ->
                assertThat(context)
                    .hasSingleBean(AssociationRegistry.class)
                    .doesNotHaveBean(AssociationsEndpoint.class));
  }

  @Test
  void providesNoEndpointWithoutActuator() {
    runner
        .withPropertyValues(EXPOSED)
        .withClassLoader(new FilteredClassLoader(Endpoint.class))
        .run(
            context ->
                assertThat(context)
                    .hasSingleBean(AssociationRegistry.class)
                    .doesNotHaveBean(AssociationsEndpoint.class));
  }

  @Test
  void providesNoEndpointWithoutRegistry() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AssociationsEndpointAutoConfiguration.class))
        .withPropertyValues(EXPOSED)
        .run(
            context ->
                assertThat(context)
                    .doesNotHaveBean(AssociationRegistry.class)
                    .doesNotHaveBean(AssociationsEndpoint.class));
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnEndpoint() {
    runner
        .withPropertyValues(EXPOSED)
        .withUserConfiguration(OwnEndpoint.class)
        .run(
            context ->
                assertThat(context)
                    .getBean(AssociationsEndpoint.class)
                    .isSameAs(context.getBean(OwnEndpoint.class).endpoint));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnEndpoint {

    final AssociationsEndpoint endpoint =
        new AssociationsEndpoint(AssociationRegistry.builder().build());

    @Bean
    AssociationsEndpoint ownAssociationsEndpoint() {
      return endpoint;
    }
  }
}
