package dev.associations.autoconfigure;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/** Registers the repositories of the packages named by {@link EnableAssociationRepositories}. */
class EnableAssociationRepositoriesRegistrar implements ImportBeanDefinitionRegistrar {

  private final AssociationRepositoryScanner scanner;

  EnableAssociationRepositoriesRegistrar(Environment environment, ResourceLoader resourceLoader) {
    this.scanner = new AssociationRepositoryScanner(environment, resourceLoader);
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    Set<String> packages = packages(metadata);
    scanner.register(packages, registry);
    RootBeanDefinition marker = new RootBeanDefinition(ExplicitRepositoryPackages.class);
    marker.getConstructorArgumentValues().addIndexedArgumentValue(0, packages);
    marker.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
    registry.registerBeanDefinition(
        metadata.getClassName() + ".associationRepositoryPackages", marker);
  }

  private static Set<String> packages(AnnotationMetadata metadata) {
    // the registrar is imported by @EnableAssociationRepositories, so the class has its attributes
    AnnotationAttributes attributes =
        Objects.requireNonNull(
            AnnotationAttributes.fromMap(
                metadata.getAnnotationAttributes(EnableAssociationRepositories.class.getName())));
    Set<String> packages =
        new LinkedHashSet<>(Arrays.asList(attributes.getStringArray("basePackages")));
    Arrays.stream(attributes.getClassArray("basePackageClasses"))
        .map(ClassUtils::getPackageName)
        .forEach(packages::add);
    if (packages.isEmpty()) {
      packages.add(ClassUtils.getPackageName(metadata.getClassName()));
    }
    return packages;
  }
}
