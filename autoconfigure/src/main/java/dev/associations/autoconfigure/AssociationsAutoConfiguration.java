package dev.associations.autoconfigure;

import dev.associations.annotation.Model;
import dev.associations.annotation.ReferentialAction;
import dev.associations.dialect.Dialect;
import dev.associations.dialect.Dialects;
import dev.associations.naming.NamingStrategy;
import dev.associations.registry.AssociationRegistry;
import dev.associations.registry.ForeignKeyDefaults;
import dev.associations.repository.AssociationRepository;
import dev.associations.repository.RepositoryFactory;
import dev.associations.repository.RepositoryListener;
import dev.associations.schema.SchemaGenerator;
import dev.associations.schema.SchemaValidator;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the {@link AssociationRegistry} from the {@link Model @Model} classes of the application,
 * with the foreign key defaults and naming of {@link AssociationsProperties} and the application's
 * {@link AssociationRegistryBuilderCustomizer}s, checked against its {@link Dialect} bean or the
 * dialect of its {@link DataSource} when it has exactly one. With that data source, it resolves the
 * dialect once, for a registry of the application's own too ({@code ResolvedDialect}), handles the
 * schema per {@code associations.schema.mode} with it and, given a transaction manager, registers
 * the {@link AssociationRepository} interfaces as beans; their factory reports to the application's
 * {@link RepositoryListener}, when it has exactly one, and observes every call through its {@link
 * ObservationRegistry}, when it has one (a span per call in traces).
 */
@AutoConfiguration(
    after = {
      DataSourceAutoConfiguration.class,
      DataSourceTransactionManagerAutoConfiguration.class
    })
@ConditionalOnClass(AssociationRegistry.class)
@EnableConfigurationProperties(AssociationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class AssociationsAutoConfiguration {

  /**
   * The registry, checked against the application's {@link Dialect} bean, or else the dialect
   * detected from its single data source; the customizers run after that dialect is set. Two {@code
   * Dialect} beans, none of them primary, fail the startup rather than be ignored.
   */
  @Bean
  @ConditionalOnMissingBean
  AssociationRegistry associationRegistry(
      AssociationsProperties properties,
      ConfigurableListableBeanFactory beanFactory,
      ObjectProvider<DataSource> dataSource,
      ObjectProvider<Dialect> dialect,
      ObjectProvider<AssociationRegistryBuilderCustomizer> customizers) {
    AssociationRegistry.Builder builder =
        AssociationRegistry.builder()
            .namingStrategy(namingStrategy(properties.getNaming()))
            .foreignKeyDefaults(foreignKeyDefaults(properties.getForeignKeys()))
            .addModels(ModelScan.models(modelPackages(properties, beanFactory), beanFactory));
    Dialect given = dialect.getIfAvailable();
    if (given != null) {
      builder.dialect(given);
    } else {
      dataSource.ifUnique(unique -> builder.dialect(Dialects.detect(unique)));
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  private static NamingStrategy namingStrategy(AssociationsProperties.Naming naming) {
    return new NamingStrategy(naming.isUnderscored(), naming.isPluralTableNames());
  }

  /**
   * The registry's foreign key defaults; a value they refuse fails naming its property, as Boot
   * reports any invalid property value.
   */
  private static ForeignKeyDefaults foreignKeyDefaults(
      AssociationsProperties.ForeignKeys foreignKeys) {
    String prefix = "associations.foreign-keys.";
    requireConcrete(prefix + "on-delete-when-nullable", foreignKeys.getOnDeleteWhenNullable());
    requireConcrete(prefix + "on-delete-when-not-null", foreignKeys.getOnDeleteWhenNotNull());
    requireConcrete(prefix + "on-update", foreignKeys.getOnUpdate());
    if (foreignKeys.getOnDeleteWhenNotNull() == ReferentialAction.SET_NULL) {
      throw new InvalidConfigurationPropertyValueException(
          prefix + "on-delete-when-not-null",
          "set-null",
          "A NOT NULL column cannot be set to NULL: use cascade, restrict, no-action or"
              + " set-default.");
    }
    return new ForeignKeyDefaults(
        foreignKeys.getOnDeleteWhenNullable(),
        foreignKeys.getOnDeleteWhenNotNull(),
        foreignKeys.getOnUpdate(),
        foreignKeys.isConstraints());
  }

  private static void requireConcrete(String property, ReferentialAction action) {
    if (action == ReferentialAction.DEFAULT) {
      throw new InvalidConfigurationPropertyValueException(
          property,
          "default",
          "It is the setting that decides what DEFAULT means: use cascade, restrict, no-action,"
              + " set-null or set-default.");
    }
  }

  private static List<String> modelPackages(
      AssociationsProperties properties, ConfigurableListableBeanFactory beanFactory) {
    return !properties.getModelPackages().isEmpty()
        ? properties.getModelPackages()
        : ModelScan.autoConfigurationPackages(beanFactory);
  }

  /**
   * The dialect of the single data source, resolved once for the schema and the repositories: the
   * registry's (the auto-configured one has it already), else the {@link Dialect} bean, else the
   * one detected, here only, from the data source.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnSingleCandidate(DataSource.class)
  static class DialectConfiguration {

    @Bean
    ResolvedDialect associationsResolvedDialect(
        AssociationRegistry registry, DataSource dataSource, ObjectProvider<Dialect> dialect) {
      return new ResolvedDialect(
          registry
              .dialect()
              .orElseGet(
                  () -> {
                    Dialect given = dialect.getIfAvailable();
                    return given != null ? given : Dialects.detect(dataSource);
                  }));
    }
  }

  /** Schema handling; an application that defines its own {@link SchemaGenerator} handles it. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnSingleCandidate(DataSource.class)
  static class SchemaConfiguration {

    @Bean
    @ConditionalOnMissingBean(SchemaGenerator.class)
    AssociationsSchemaInitializer associationsSchemaInitializer(
        AssociationRegistry registry,
        ResolvedDialect dialect,
        DataSource dataSource,
        AssociationsProperties properties) {
      return new AssociationsSchemaInitializer(
          registry,
          dialect.dialect(),
          dataSource,
          properties.getSchema().getMode(),
          properties.getSchema().getDdlFile());
    }

    /** Validates after every database initializer (Flyway, Liquibase, SQL scripts) has run. */
    @Bean
    @DependsOnDatabaseInitialization
    @ConditionalOnProperty(name = "associations.schema.mode", havingValue = "validate")
    SchemaValidator associationsSchemaValidator(
        AssociationRegistry registry, ResolvedDialect dialect, DataSource dataSource) {
      SchemaValidator validator = new SchemaValidator(registry, dialect.dialect());
      validator.validateOrThrow(dataSource);
      return validator;
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnSingleCandidate(DataSource.class)
  @ConditionalOnBean(PlatformTransactionManager.class)
  static class RepositoryConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RepositoryFactory associationRepositoryFactory(
        AssociationRegistry registry,
        ResolvedDialect dialect,
        DataSource dataSource,
        PlatformTransactionManager transactionManager,
        ObjectProvider<RepositoryListener> listener,
        ObjectProvider<ObservationRegistry> observations) {
      RepositoryListener own = listener.getIfUnique(() -> RepositoryListener.NONE);
      ObservationRegistry observationRegistry =
          observations.getIfUnique(() -> ObservationRegistry.NOOP);
      return new RepositoryFactory(
          registry,
          dialect.dialect(),
          dataSource,
          transactionManager,
          observationRegistry.isNoop()
              ? own
              : new ObservingRepositoryListener(observationRegistry, own));
    }

    /** Backs off when {@link EnableAssociationRepositories} chose the packages. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "associations.repositories.enabled", matchIfMissing = true)
    @ConditionalOnMissingBean({
      AssociationRepositoryFactoryBean.class,
      ExplicitRepositoryPackages.class
    })
    @Import(AutoConfiguredRepositoriesRegistrar.class)
    static class RepositoryBeans {}
  }

  /** Registers the repositories of the auto-configuration packages. */
  static class AutoConfiguredRepositoriesRegistrar implements ImportBeanDefinitionRegistrar {

    private final BeanFactory beanFactory;
    private final AssociationRepositoryScanner scanner;

    AutoConfiguredRepositoriesRegistrar(
        BeanFactory beanFactory, Environment environment, ResourceLoader resourceLoader) {
      this.beanFactory = beanFactory;
      this.scanner = new AssociationRepositoryScanner(environment, resourceLoader);
    }

    @Override
    public void registerBeanDefinitions(
        AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
      if (AutoConfigurationPackages.has(beanFactory)) {
        scanner.register(AutoConfigurationPackages.get(beanFactory), registry);
      }
    }
  }
}
