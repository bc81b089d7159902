package dev.associations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.annotation.ReferentialAction;
import dev.associations.autoconfigure.models.DrivingLicense;
import dev.associations.autoconfigure.models.Person;
import dev.associations.dialect.Dialect;
import dev.associations.dialect.Dialects;
import dev.associations.dialect.H2Dialect;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.ModelMetadata;
import dev.associations.naming.NamingStrategy;
import dev.associations.registry.AssociationDefinitionException;
import dev.associations.registry.AssociationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class AssociationsAutoConfigurationTest {

  private static final String MODELS = "dev.associations.autoconfigure.models";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(AssociationsAutoConfiguration.class));

  private static ForeignKeyMetadata ownerKey(AssociationRegistry registry) {
    return registry.association(DrivingLicense.class, "owner").foreignKey();
  }

  @Test
  void isListedInTheAutoConfigurationImports() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .contains(AssociationsAutoConfiguration.class.getName());
  }

  @Test
  void buildsTheRegistryFromTheModelsOfTheConfiguredPackages() {
    runner
        .withPropertyValues("associations.model-packages=" + MODELS)
        .run(
            context -> {
              AssociationRegistry registry = context.getBean(AssociationRegistry.class);
              assertThat(registry.models())
                  .extracting(ModelMetadata::type)
                  .containsExactlyInAnyOrder(Person.class, DrivingLicense.class);
              ForeignKeyMetadata key = ownerKey(registry);
              assertThat(key.columnNames()).containsExactly("owner_id");
              assertThat(key.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
              assertThat(key.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
              assertThat(registry.model(Person.class).table()).isEqualTo("people");
              assertThat(registry.dialect()).isEmpty();
            });
  }

  @Test
  void scansTheAutoConfigurationPackagesByDefault() {
    runner
        .withInitializer(
            context ->
                AutoConfigurationPackages.register(
                    (BeanDefinitionRegistry) context.getBeanFactory(), MODELS))
        .run(
            context ->
                assertThat(context.getBean(AssociationRegistry.class).models())
                    .extracting(ModelMetadata::type)
                    .containsExactlyInAnyOrder(Person.class, DrivingLicense.class));
  }

  @Test
  void buildsAnEmptyRegistryWhenThereIsNothingToScan() {
    runner.run(
        context -> assertThat(context.getBean(AssociationRegistry.class).models()).isEmpty());
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnRegistry() {
    runner
        .withPropertyValues("associations.model-packages=" + MODELS)
        .withUserConfiguration(OwnRegistry.class)
        .run(
            context ->
                assertThat(context)
                    .getBean(AssociationRegistry.class)
                    .isSameAs(context.getBean(OwnRegistry.class).registry));
  }

  @Test
  void foreignKeyPropertiesChangeTheResolvedActions() {
    runner
        .withPropertyValues(
            "associations.model-packages=" + MODELS,
            "associations.foreign-keys.on-delete-when-nullable=restrict",
            "associations.foreign-keys.on-update=no-action",
            "associations.foreign-keys.constraints=false")
        .run(
            context -> {
              ForeignKeyMetadata key = ownerKey(context.getBean(AssociationRegistry.class));
              assertThat(key.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
              assertThat(key.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
              assertThat(key.constrained()).isFalse();
            });
  }

  @Test
  void aForeignKeyPropertyTheDefaultsRefuseFailsNamingTheProperty() {
    runner
        .withPropertyValues("associations.foreign-keys.on-delete-when-not-null=set-null")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                    .hasMessageContaining(
                        "Property associations.foreign-keys.on-delete-when-not-null with value"
                            + " 'set-null' is invalid: A NOT NULL column cannot be set to NULL"));
    runner
        .withPropertyValues("associations.foreign-keys.on-update=default")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                    .hasMessageContaining(
                        "Property associations.foreign-keys.on-update with value"
                            + " 'default' is invalid"));
  }

  @Test
  void namingPropertiesChangeTableAndColumnNames() {
    runner
        .withPropertyValues(
            "associations.model-packages=" + MODELS,
            "associations.naming.underscored=false",
            "associations.naming.plural-table-names=false")
        .run(
            context -> {
              AssociationRegistry registry = context.getBean(AssociationRegistry.class);
              assertThat(ownerKey(registry).columnNames()).containsExactly("ownerId");
              assertThat(registry.model(Person.class).table()).isEqualTo("Person");
            });
  }

  @Test
  void detectsTheDialectOfTheDataSource() {
    runner
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
        .withPropertyValues("associations.model-packages=" + MODELS)
        .run(
            context ->
                assertThat(context.getBean(AssociationRegistry.class).dialect())
                    .containsSame(Dialects.H2));
  }

  @Test
  void aDialectBeanIsUsedInsteadOfDetection() {
    runner
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
        .withPropertyValues("associations.model-packages=" + MODELS)
        .withBean(Dialect.class, H2Dialect::new)
        .run(
            context ->
                assertThat(context.getBean(AssociationRegistry.class).dialect())
                    .containsSame(context.getBean(Dialect.class)));
  }

  @Test
  void customizersRunInOrderAfterTheProperties() {
    runner
        .withPropertyValues(
            "associations.model-packages=" + MODELS, "associations.naming.underscored=false")
        .withUserConfiguration(Customizers.class)
        .run(
            context -> {
              AssociationRegistry registry = context.getBean(AssociationRegistry.class);
              assertThat(ownerKey(registry).columnNames()).containsExactly("owner_id");
              assertThat(registry.dialect()).containsSame(Dialects.POSTGRESQL);
            });
  }

  @Test
  void brokenModelsFailTheContext() {
    runner
        .withPropertyValues("associations.model-packages=dev.associations.autoconfigure.broken")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(AssociationDefinitionException.class)
                    .hasMessageContaining("Tag: has no primary key")
                    .hasMessageContaining("Label: has no primary key"));
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {

    @Bean
    @Order(2)
    AssociationRegistryBuilderCustomizer second() {
      return builder -> builder.dialect(Dialects.POSTGRESQL);
    }

    @Bean
    @Order(1)
    AssociationRegistryBuilderCustomizer first() {
      return builder -> builder.namingStrategy(NamingStrategy.DEFAULT).dialect(Dialects.H2);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnRegistry {

    final AssociationRegistry registry = AssociationRegistry.builder().build();

    @Bean
    AssociationRegistry ownAssociationRegistry() {
      return registry;
    }
  }
}
