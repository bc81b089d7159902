package dev.associations.autoconfigure;

import dev.associations.repository.AssociationRepository;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Ahead-of-time hints for a native image: the library reads and writes {@code @Model} classes by
 * reflection (fields, constructor, id records) and implements repository interfaces with JDK
 * proxies. At build time this finds the same models the registry scans for, and the repository
 * interfaces registered as beans, and registers reflection and proxy hints for them. Registered in
 * {@code META-INF/spring/aot.factories}.
 */
public final class AssociationsAotProcessor implements BeanFactoryInitializationAotProcessor {

  private static final MemberCategory[] MODEL_ACCESS = {
    MemberCategory.ACCESS_DECLARED_FIELDS,
    MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
    MemberCategory.INVOKE_DECLARED_METHODS
  };

  @Override
  public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
      ConfigurableListableBeanFactory beanFactory) {
    List<Class<?>> repositories = repositoryInterfaces(beanFactory);
    Set<Class<?>> models =
        new LinkedHashSet<>(ModelScan.models(modelPackages(beanFactory), beanFactory));
    if (models.isEmpty() && repositories.isEmpty()) {
      return null;
    }
    return (generationContext, code) -> {
      RuntimeHints hints = generationContext.getRuntimeHints();
      models.forEach(model -> hints.reflection().registerType(model, MODEL_ACCESS));
      for (Class<?> repository : repositories) {
        hints.proxies().registerJdkProxy(repository);
        hints.reflection().registerType(repository, MemberCategory.INVOKE_PUBLIC_METHODS);
        Class<?> id =
            ResolvableType.forClass(repository)
                .as(AssociationRepository.class)
                .getGeneric(1)
                .resolve();
        if (id != null && id.isRecord()) {
          hints.reflection().registerType(id, MODEL_ACCESS);
        }
      }
    };
  }

  private static List<String> modelPackages(ConfigurableListableBeanFactory beanFactory) {
    if (beanFactory.containsBean("environment")
        && beanFactory.getBean("environment") instanceof ConfigurableEnvironment environment) {
      List<String> configured =
          Binder.get(environment)
              .bind("associations.model-packages", String[].class)
              .map(Arrays::asList)
              .orElse(List.of());
      if (!configured.isEmpty()) {
        return configured;
      }
    }
    return ModelScan.autoConfigurationPackages(beanFactory);
  }

  private static List<Class<?>> repositoryInterfaces(ConfigurableListableBeanFactory beanFactory) {
    return Arrays.stream(beanFactory.getBeanDefinitionNames())
        .map(beanFactory::getBeanDefinition)
        .filter(
            definition ->
                AssociationRepositoryFactoryBean.class
                    .getName()
                    .equals(definition.getBeanClassName()))
        .map(AssociationsAotProcessor::repositoryInterface)
        .filter(type -> type != null && type.isInterface())
        .distinct()
        .toList();
  }

  private static @Nullable Class<?> repositoryInterface(BeanDefinition definition) {
    Object type = definition.getAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE);
    return type instanceof Class<?> c ? c : null;
  }
}
