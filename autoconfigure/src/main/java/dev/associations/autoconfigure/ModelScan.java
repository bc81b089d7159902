package dev.associations.autoconfigure;

import dev.associations.annotation.Model;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@code @Model} classes of packages, at startup for the registry and at build time for
 * AOT hints.
 */
final class ModelScan {

  private ModelScan() {}

  static List<Class<?>> models(List<String> packages, ConfigurableListableBeanFactory beanFactory) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Model.class));
    return packages.stream()
        .flatMap(name -> scanner.findCandidateComponents(name).stream())
        .<Class<?>>map(
            candidate ->
                ClassUtils.resolveClassName(
                    Objects.requireNonNull(candidate.getBeanClassName()),
                    beanFactory.getBeanClassLoader()))
        .distinct()
        .toList();
  }

  /** The application's packages, as {@code @SpringBootApplication} registers them. */
  static List<String> autoConfigurationPackages(ConfigurableListableBeanFactory beanFactory) {
    return AutoConfigurationPackages.has(beanFactory)
        ? AutoConfigurationPackages.get(beanFactory)
        : List.of();
  }
}
