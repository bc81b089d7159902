package dev.associations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.autoconfigure.models.DrivingLicense;
import dev.associations.autoconfigure.models.Person;
import dev.associations.dialect.Dialect;
import dev.associations.dialect.Dialects;
import dev.associations.dialect.H2Dialect;
import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.RepositoryFactory;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.ProductNameDataSource;
import dev.associations.testsupport.TestDatabase;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The dialect is resolved once for the single data source, also for a registry of the application's
 * own without one: the schema initializer, the validator and the repository factory all use it, and
 * none asks the database again.
 */
class AssociationsDialectTest {

  private static final String MODELS = "dev.associations.autoconfigure.models";

  private static AssociationRegistry registry(@Nullable Dialect dialect) {
    return AssociationRegistry.builder()
        .dialect(dialect)
        .addModels(Person.class, DrivingLicense.class)
        .build();
  }

  /** The auto-configuration with an application's data source bean and its own registry. */
  private static ApplicationContextRunner runner(DataSource dataSource, AssociationRegistry own) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceTransactionManagerAutoConfiguration.class,
                AssociationsAutoConfiguration.class))
        .withBean("dataSource", DataSource.class, () -> dataSource)
        .withBean(AssociationRegistry.class, () -> own);
  }

  /**
   * How often a context over a fresh H2 database read the product name: the schema is created first
   * in {@code validate} mode, so that it passes.
   */
  private static int productNameReads(@Nullable Dialect own, String mode) {
    try (TestDatabase h2 = DatabaseKind.H2.open()) {
      if (mode.equals("validate")) {
        new SchemaGenerator(registry(Dialects.H2)).create(h2.dataSource());
      }
      ProductNameDataSource counted = ProductNameDataSource.counting(h2.dataSource());
      runner(counted, registry(own))
          .withPropertyValues("associations.schema.mode=" + mode)
          .run(
              context -> {
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(AssociationsSchemaInitializer.class)
                    .hasSingleBean(RepositoryFactory.class);
                if (mode.equals("validate")) {
                  assertThat(context).hasBean("associationsSchemaValidator");
                }
                assertThat(context.getBean(ResolvedDialect.class).dialect()).isSameAs(Dialects.H2);
              });
      return counted.productNameReads();
    }
  }

  /**
   * A registry of the application's own without a dialect costs one detection more than one with
   * it, whatever the mode: the initializer, its validation, the validator bean and the repository
   * factory share the one of {@link ResolvedDialect}.
   */
  @ParameterizedTest
  @ValueSource(strings = {"create", "validate"})
  void anApplicationRegistryWithoutDialectGetsItDetectedOnceForEveryConsumer(String mode) {
    int perDetection;
    try (TestDatabase h2 = DatabaseKind.H2.open()) {
      ProductNameDataSource counted = ProductNameDataSource.counting(h2.dataSource());
      Dialects.detect(counted);
      perDetection = counted.productNameReads();
    }

    int withDialect = productNameReads(Dialects.H2, mode);
    int withoutDialect = productNameReads(null, mode);

    assertThat(perDetection).isPositive();
    assertThat(withoutDialect - withDialect).isEqualTo(perDetection);
  }

  @Test
  void aDialectBeanServesAnApplicationRegistryWithoutDialect() {
    try (TestDatabase h2 = DatabaseKind.H2.open()) {
      H2Dialect bean = new H2Dialect();
      runner(ProductNameDataSource.reporting("NoSuchDatabase", h2.dataSource()), registry(null))
          .withBean(Dialect.class, () -> bean)
          .withPropertyValues("associations.schema.mode=create")
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(ResolvedDialect.class).dialect()).isSameAs(bean);
              });
    }
  }

  @Test
  void anApplicationRegistryWithoutDialectOnAnUnknownDatabaseFailsSayingHowToAddOne() {
    try (TestDatabase h2 = DatabaseKind.H2.open()) {
      runner(ProductNameDataSource.reporting("NoSuchDatabase", h2.dataSource()), registry(null))
          .run(
              context ->
                  assertThat(context)
                      .hasFailed()
                      .getFailure()
                      .rootCause()
                      .isInstanceOf(IllegalArgumentException.class)
                      .hasMessageStartingWith("Unsupported database 'NoSuchDatabase'")
                      .hasMessageContaining("define the Dialect as a bean"));
    }
  }

  @Test
  void twoDialectBeansFailTheContextInsteadOfBeingIgnored() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class, AssociationsAutoConfiguration.class))
        .withPropertyValues("associations.model-packages=" + MODELS)
        .withBean("h2", Dialect.class, H2Dialect::new)
        .withBean("postgresql", Dialect.class, () -> Dialects.POSTGRESQL)
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(NoUniqueBeanDefinitionException.class)
                    .hasMessageContaining(Dialect.class.getName())
                    .hasMessageContaining("h2")
                    .hasMessageContaining("postgresql"));
  }

  @Test
  void twoDialectBeansFailTheContextOfAnApplicationRegistryWithoutDialect() {
    try (TestDatabase h2 = DatabaseKind.H2.open()) {
      runner(h2.dataSource(), registry(null))
          .withBean("h2", Dialect.class, H2Dialect::new)
          .withBean("postgresql", Dialect.class, () -> Dialects.POSTGRESQL)
          .run(
              context ->
                  assertThat(context)
                      .hasFailed()
                      .getFailure()
                      .rootCause()
                      .isInstanceOf(NoUniqueBeanDefinitionException.class));
    }
  }
}
