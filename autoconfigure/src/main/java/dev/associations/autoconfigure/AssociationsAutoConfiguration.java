package dev.associations.autoconfigure;

import dev.associations.annotation.Model;
import dev.associations.dialect.Dialects;
import dev.associations.registry.AssociationRegistry;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Builds the {@link AssociationRegistry} from the {@link Model @Model} classes of the application,
 * with the foreign key defaults and naming of {@link AssociationsProperties}, checked against the
 * dialect of the application's {@link DataSource} when it has exactly one.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(AssociationRegistry.class)
@EnableConfigurationProperties(AssociationsProperties.class)
public class AssociationsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  AssociationRegistry associationRegistry(AssociationsProperties properties,
      ConfigurableListableBeanFactory beanFactory, ObjectProvider<DataSource> dataSource) {
    AssociationRegistry.Builder builder = AssociationRegistry.builder()
        .namingStrategy(properties.getNaming().toStrategy())
        .foreignKeyDefaults(properties.getForeignKeys().toDefaults())
        .addModels(scanModels(modelPackages(properties, beanFactory), beanFactory));
    dataSource.ifUnique(unique -> builder.dialect(Dialects.detect(unique)));
    return builder.build();
  }

  private static List<String> modelPackages(AssociationsProperties properties,
      ConfigurableListableBeanFactory beanFactory) {
    if (!properties.getModelPackages().isEmpty()) {
      return properties.getModelPackages();
    }
    return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
  }

  private static List<Class<?>> scanModels(List<String> packages,
      ConfigurableListableBeanFactory beanFactory) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Model.class));
    return packages.stream()
        .flatMap(name -> scanner.findCandidateComponents(name).stream())
        .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
            beanFactory.getBeanClassLoader()))
        .distinct()
        .toList();
  }
}
