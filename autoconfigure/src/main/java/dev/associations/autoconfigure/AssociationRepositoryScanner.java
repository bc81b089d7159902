package dev.associations.autoconfigure;

import dev.associations.repository.AssociationRepository;
import dev.associations.repository.RepositoryFactory;
import java.util.Collection;
import java.util.Objects;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers every interface extending {@link AssociationRepository} in some packages as a bean
 * whose type is known before it is created, so that injection by type and
 * {@code @ConditionalOnBean} see it.
 */
final class AssociationRepositoryScanner extends ClassPathScanningCandidateComponentProvider {

  AssociationRepositoryScanner(Environment environment, ResourceLoader resourceLoader) {
    super(false, environment);
    setResourceLoader(resourceLoader);
    addIncludeFilter(new AssignableTypeFilter(AssociationRepository.class));
  }

  @Override
  protected boolean isCandidateComponent(AnnotatedBeanDefinition beanDefinition) {
    return beanDefinition.getMetadata().isInterface()
        && beanDefinition.getMetadata().isIndependent();
  }

  /** Registers the repositories of these packages, each once. */
  void register(Collection<String> packages, BeanDefinitionRegistry registry) {
    packages.stream()
        .flatMap(name -> findCandidateComponents(name).stream())
        .forEach(candidate -> register(candidate, registry));
  }

  private void register(BeanDefinition candidate, BeanDefinitionRegistry registry) {
    String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry);
    if (registry.containsBeanDefinition(name)) {
      return;
    }
    // a scanned candidate has its class name
    Class<?> repositoryInterface =
        ClassUtils.resolveClassName(
            Objects.requireNonNull(candidate.getBeanClassName()),
            getResourceLoader().getClassLoader());
    RootBeanDefinition definition = new RootBeanDefinition(AssociationRepositoryFactoryBean.class);
    definition.getConstructorArgumentValues().addIndexedArgumentValue(0, repositoryInterface);
    definition
        .getConstructorArgumentValues()
        .addIndexedArgumentValue(1, new RuntimeBeanReference(RepositoryFactory.class));
    // the object type as an attribute: type matching never has to create the factory bean (and its
    // dependencies) early, not even while bean post-processors are being created
    definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, repositoryInterface);
    // and as the target type's generic, which ahead-of-time generated definitions keep (attributes
    // they do not)
    definition.setTargetType(
        ResolvableType.forClassWithGenerics(
            AssociationRepositoryFactoryBean.class, repositoryInterface));
    registry.registerBeanDefinition(name, definition);
  }
}
