package dev.associations.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.autoconfigure.AssociationsAutoConfiguration;
import dev.associations.autoconfigure.models.DrivingLicense;
import dev.associations.autoconfigure.models.Person;
import dev.associations.autoconfigure.models.PersonRepository;
import dev.associations.autoconfigure.repositories.DrivingLicenseRepository;
import dev.associations.listener.StatementKind;
import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import dev.associations.repository.RepositoryListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AssociationsMetricsAutoConfigurationTest {

  private static final String MODELS = "dev.associations.autoconfigure.models";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  AssociationsAutoConfiguration.class,
                  AssociationsMetricsAutoConfiguration.class))
          .withPropertyValues(
              "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
              "associations.model-packages=" + MODELS)
          .withInitializer(
              context ->
                  AutoConfigurationPackages.register(
                      (BeanDefinitionRegistry) context.getBeanFactory(),
                      MODELS,
                      "dev.associations.autoconfigure.repositories"));

  private final ApplicationContextRunner withBootMetrics =
      runner.withConfiguration(
          AutoConfigurations.of(
              MetricsAutoConfiguration.class,
              CompositeMeterRegistryAutoConfiguration.class,
              SimpleMetricsExportAutoConfiguration.class));

  @Test
  void repositoryCallsStatementsAndIncludesBecomeMeters() {
    withBootMetrics.run(
        context -> {
          PersonRepository people = context.getBean(PersonRepository.class);
          DrivingLicenseRepository licenses = context.getBean(DrivingLicenseRepository.class);
          Person ann = people.save(person("Ann"));
          DrivingLicense license = licenses.save(new DrivingLicense());
          licenses.setOwner(license, ann);
          licenses.findAll("owner");
          licenses.findAll("owner");
          assertThatThrownBy(() -> licenses.findAll("driver"))
              .isInstanceOf(IllegalArgumentException.class);

          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertThat(
                  meters
                      .get(MicrometerRepositoryListener.INVOCATIONS)
                      .tags(
                          "repository",
                          "PersonRepository",
                          "method",
                          "save",
                          "outcome",
                          "SUCCESS",
                          "exception",
                          "none")
                      .timer()
                      .count())
              .isEqualTo(1);
          assertThat(
                  meters
                      .get(MicrometerRepositoryListener.INVOCATIONS)
                      .tags(
                          "repository",
                          "DrivingLicenseRepository",
                          "method",
                          "findAll",
                          "outcome",
                          "SUCCESS")
                      .timer()
                      .count())
              .isEqualTo(2);
          assertThat(
                  meters
                      .get(MicrometerRepositoryListener.INVOCATIONS)
                      .tags(
                          "repository",
                          "DrivingLicenseRepository",
                          "method",
                          "findAll",
                          "outcome",
                          "ERROR",
                          "exception",
                          "IllegalArgumentException")
                      .timer()
                      .count())
              .isEqualTo(1);
          assertThat(
                  meters
                      .get(MicrometerRepositoryListener.INVOCATIONS)
                      .tags("method", "setOwner")
                      .timer()
                      .count())
              .isEqualTo(1);

          assertThat(queries(meters, "Person", "none", "insert")).isEqualTo(1);
          assertThat(queries(meters, "DrivingLicense", "owner", "update")).isEqualTo(1);
          // each findAll with a to-one include is one statement: the owner is joined
          assertThat(queries(meters, "DrivingLicense", "none", "select")).isEqualTo(2);
          assertThat(
                  meters
                      .find(MicrometerRepositoryListener.QUERIES)
                      .tag("model", "DrivingLicense")
                      .tag("operation", "select")
                      .counters())
              .hasSize(1);

          var rows =
              meters
                  .get(MicrometerRepositoryListener.INCLUDE_ROWS)
                  .tags("model", "DrivingLicense", "association", "owner")
                  .summary();
          assertThat(rows.count()).isEqualTo(2);
          assertThat(rows.totalAmount()).isEqualTo(2);
        });
  }

  @Test
  void registryGaugesCountModelsAndAssociations() {
    withBootMetrics.run(
        context -> {
          assertThat(context).hasSingleBean(AssociationRegistryMetrics.class);
          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertThat(meters.get(AssociationRegistryMetrics.MODELS).gauge().value()).isEqualTo(2);
          // DrivingLicense.owner, declared without an inverse
          assertThat(meters.get(AssociationRegistryMetrics.ASSOCIATIONS).gauge().value())
              .isEqualTo(1);
        });
  }

  @Test
  void aMeterRegistryOfTheApplicationIsUsed() {
    runner
        .withUserConfiguration(OwnMeterRegistry.class)
        .run(
            context -> {
              context.getBean(PersonRepository.class).count();
              SimpleMeterRegistry meters = context.getBean(SimpleMeterRegistry.class);
              assertThat(
                      meters
                          .get(MicrometerRepositoryListener.INVOCATIONS)
                          .tag("method", "count")
                          .timer()
                          .count())
                  .isEqualTo(1);
              assertThat(queries(meters, "Person", "none", "select")).isEqualTo(1);
            });
  }

  @Test
  void backsOffWithoutAMeterRegistry() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(MicrometerRepositoryListener.class);
          assertThat(context).doesNotHaveBean(AssociationRegistryMetrics.class);
          assertThat(context.getBean(PersonRepository.class).count()).isZero();
        });
  }

  @Test
  void backsOffWithoutMicrometer() {
    runner
        .withUserConfiguration(OwnMeterRegistry.class)
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(MicrometerRepositoryListener.class);
              assertThat(context).doesNotHaveBean(AssociationRegistryMetrics.class);
            });
  }

  @Test
  void anOwnListenerReplacesTheRepositoryMeters() {
    withBootMetrics
        .withUserConfiguration(OwnListener.class)
        .run(
            context -> {
              context.getBean(PersonRepository.class).save(person("Bo"));
              assertThat(context).doesNotHaveBean(MicrometerRepositoryListener.class);
              assertThat(context).hasSingleBean(AssociationRegistryMetrics.class);
              assertThat(context.getBean(RecordingListener.class).events)
                  .containsExactly("Person insert", "save");
              assertThat(
                      context
                          .getBean(MeterRegistry.class)
                          .find(MicrometerRepositoryListener.QUERIES)
                          .counters())
                  .isEmpty();
            });
  }

  private static double queries(
      MeterRegistry meters, String model, String association, String operation) {
    return meters
        .get(MicrometerRepositoryListener.QUERIES)
        .tags("model", model, "association", association, "operation", operation)
        .counter()
        .count();
  }

  private static Person person(String name) {
    Person person = new Person();
    person.name = name;
    return person;
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnMeterRegistry {
    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnListener {
    @Bean
    RecordingListener recordingListener() {
      return new RecordingListener();
    }
  }

  static class RecordingListener implements RepositoryListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void statementExecuted(
        ModelMetadata model, Association association, StatementKind kind) {
      events.add(model.name() + " " + kind.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void repositoryInvoked(
        Class<?> repository, java.lang.reflect.Method method, long nanos, Throwable failure) {
      events.add(method.getName());
    }
  }
}
