package dev.associations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.autoconfigure.models.DrivingLicense;
import dev.associations.autoconfigure.models.ModelRepositoriesConfiguration;
import dev.associations.autoconfigure.models.Person;
import dev.associations.autoconfigure.models.PersonRepository;
import dev.associations.autoconfigure.repositories.DrivingLicenseRepository;
import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.RepositoryFactory;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

class AssociationRepositoriesTest {

  private static final String MODELS = "dev.associations.autoconfigure.models";
  private static final String REPOSITORIES = "dev.associations.autoconfigure.repositories";

  private final ApplicationContextRunner runner = withRepositories();

  /**
   * An application of the auto-configuration alone on a fresh in-memory H2, with the models and
   * repositories of the test packages {@code models} and {@code repositories}.
   */
  static ApplicationContextRunner withRepositories() {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                AssociationsAutoConfiguration.class))
        .withPropertyValues(
            "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
            "associations.model-packages=" + MODELS)
        .withInitializer(
            context ->
                AutoConfigurationPackages.register(
                    (BeanDefinitionRegistry) context.getBeanFactory(), MODELS, REPOSITORIES));
  }

  @Test
  void injectedRepositoriesSaveAndLoadWithIncludes() {
    runner
        .withUserConfiguration(UsesRepositories.class)
        .run(
            context -> {
              UsesRepositories user = context.getBean(UsesRepositories.class);
              Person ann = new Person();
              ann.name = "Ann";
              user.people.save(ann);
              DrivingLicense license = new DrivingLicense();
              user.licenses.save(license);
              user.licenses.setOwner(license, ann);

              DrivingLicense loaded = user.licenses.findById(license.id, "owner").orElseThrow();
              assertThat(loaded.owner.name).isEqualTo("Ann");
              assertThat(user.people.count()).isEqualTo(1);
            });
  }

  @Test
  void repositoryTypesAreKnownBeforeCreation() {
    runner
        .withUserConfiguration(TypeProbe.class)
        .run(
            context -> {
              TypeProbe probe = context.getBean(TypeProbe.class);
              assertThat(probe.personRepositories).containsExactly("personRepository");
              assertThat(probe.licenseRepositoryType).isEqualTo(DrivingLicenseRepository.class);
            });
  }

  @Test
  void typeLookupsWhileBeanPostProcessorsAreCreatedDoNotCreateRepositoriesEarly() {
    runner
        .withUserConfiguration(RecordsPostProcessedBeans.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(RecordsPostProcessedBeans.seen(context))
                  .contains("personRepository", "associationRepositoryFactory", "dataSource");
            });
  }

  @Test
  void laterConfigurationsSeeRepositoriesInTheirConditions() {
    runner
        .withConfiguration(AutoConfigurations.of(NeedsPeople.class))
        .run(context -> assertThat(context).hasBean("peopleAreThere"));
  }

  @Test
  void enableAssociationRepositoriesRestrictsThePackages() {
    runner
        .withUserConfiguration(LicensesOnly.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(DrivingLicenseRepository.class);
              assertThat(context).doesNotHaveBean(PersonRepository.class);
            });
  }

  @Test
  void enableAssociationRepositoriesScansTheAnnotatedClassPackageByDefault() {
    runner
        .withUserConfiguration(ModelRepositoriesConfiguration.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(PersonRepository.class);
              assertThat(context).doesNotHaveBean(DrivingLicenseRepository.class);
            });
  }

  @Test
  void enableAssociationRepositoriesOnPackagesWithoutRepositoriesStopsTheDefaultScan() {
    runner
        .withUserConfiguration(NoRepositories.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(PersonRepository.class);
              assertThat(context).doesNotHaveBean(DrivingLicenseRepository.class);
            });
  }

  @Test
  void disabledRepositoriesRegisterNone() {
    runner
        .withPropertyValues("associations.repositories.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(PersonRepository.class);
              assertThat(context).doesNotHaveBean(DrivingLicenseRepository.class);
              assertThat(context).hasSingleBean(RepositoryFactory.class);
            });
  }

  @Test
  void repositoriesNeedADataSource() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AssociationsAutoConfiguration.class))
        .withPropertyValues("associations.model-packages=" + MODELS)
        .withInitializer(
            context ->
                AutoConfigurationPackages.register(
                    (BeanDefinitionRegistry) context.getBeanFactory(), MODELS))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(RepositoryFactory.class)
                    .doesNotHaveBean(PersonRepository.class));
  }

  @Test
  void backsOffFromTheApplicationsRepositoryFactory() {
    runner
        .withUserConfiguration(OwnFactory.class)
        .run(
            context ->
                assertThat(context)
                    .getBean(RepositoryFactory.class)
                    .isSameAs(context.getBean("ownRepositoryFactory")));
  }

  @Test
  void repositoriesSeeTheDataOfSqlScripts() {
    runner
        .withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class))
        .withPropertyValues("spring.sql.init.data-locations=classpath:associations-test-data.sql")
        .run(
            context ->
                assertThat(context.getBean(PersonRepository.class).findAll())
                    .extracting(person -> person.name)
                    .containsExactly("Ann"));
  }

  @Configuration(proxyBeanMethods = false)
  static class UsesRepositories {

    @Autowired PersonRepository people;

    @Autowired DrivingLicenseRepository licenses;
  }

  /** Asks for the repository types after the definitions are registered, before any bean exists. */
  static class TypeProbe implements BeanFactoryPostProcessor {

    String[] personRepositories;
    Class<?> licenseRepositoryType;

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
      personRepositories = beanFactory.getBeanNamesForType(PersonRepository.class, true, false);
      licenseRepositoryType = beanFactory.getType("drivingLicenseRepository", false);
    }
  }

  /**
   * A bean post-processor whose creation looks up beans by type (as Boot's meter registry
   * post-processor does): every bean created after it is recorded.
   */
  @Configuration(proxyBeanMethods = false)
  static class RecordsPostProcessedBeans {

    @Bean
    static BeanPostProcessor recordingPostProcessor(ObjectProvider<Runnable> anyRunnable) {
      anyRunnable.stream()
          .count(); // a by-type lookup that may initialise factory beans to learn their type
      Set<String> seen = ConcurrentHashMap.newKeySet();
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          seen.add(beanName);
          return bean;
        }

        @Override
        public String toString() {
          return String.join(",", seen);
        }
      };
    }

    static Set<String> seen(ApplicationContext context) {
      return Set.of(context.getBean("recordingPostProcessor").toString().split(","));
    }
  }

  @AutoConfiguration(after = AssociationsAutoConfiguration.class)
  static class NeedsPeople {

    @Bean
    @ConditionalOnBean(PersonRepository.class)
    String peopleAreThere() {
      return "yes";
    }
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAssociationRepositories(basePackageClasses = DrivingLicenseRepository.class)
  static class LicensesOnly {}

  @Configuration(proxyBeanMethods = false)
  @EnableAssociationRepositories("dev.associations.autoconfigure.nothing")
  static class NoRepositories {}

  @Configuration(proxyBeanMethods = false)
  static class OwnFactory {

    @Bean
    RepositoryFactory ownRepositoryFactory(AssociationRegistry registry, DataSource dataSource) {
      return new RepositoryFactory(registry, dataSource, new JdbcTransactionManager(dataSource));
    }
  }
}
