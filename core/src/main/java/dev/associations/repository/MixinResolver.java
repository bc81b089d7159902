package dev.associations.repository;

import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Matches a repository interface's own abstract methods with the model's mixins, by name and
 * parameter and return types (see {@link MixinSignature}).
 */
final class MixinResolver {

  private MixinResolver() {}

  /**
   * The mixin of each abstract method the interface adds to {@link AssociationRepository}; a method
   * that names no mixin, or whose types do not fit, adds a problem naming it and the valid mixins.
   */
  static Map<Method, Mixin> resolve(
      Class<?> repositoryInterface,
      ModelMetadata model,
      Class<?> idType,
      List<Association> associations,
      RepositoryProblems problems) {
    List<Mixin> mixins = MixinNames.of(associations);
    String valid =
        "valid mixins of "
            + model.name()
            + ": "
            + (mixins.isEmpty()
                ? "none, it has no associations"
                : mixins.stream()
                    .map(Mixin::name)
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining(", ")));
    MixinSignature signatures = new MixinSignature(model, idType);
    Map<Method, Mixin> resolved = new HashMap<>();
    List<Method> methods =
        Arrays.stream(repositoryInterface.getMethods())
            .filter(m -> Modifier.isAbstract(m.getModifiers()))
            .filter(m -> m.getDeclaringClass() != AssociationRepository.class)
            .sorted(Comparator.comparing(Method::getName))
            .toList();
    for (Method method : methods) {
      List<Mixin> named = mixins.stream().filter(x -> x.name().equals(method.getName())).toList();
      String label =
          "method "
              + RepositoryProblems.location(method)
              + Arrays.stream(method.getParameterTypes())
                  .map(Class::getSimpleName)
                  .collect(Collectors.joining(", ", "(", ")"));
      if (named.isEmpty() || SqlMethod.isSql(method)) {
        if (!DerivedQuery.looksDerived(method) && !SqlMethod.isSql(method)) {
          problems
              .of(method, label)
              .add(
                  "it is neither an AssociationRepository method, a mixin of "
                      + model.name()
                      + " nor a derived query (findBy..., countBy..., existsBy..., deleteBy...)",
                  "rename it after a mixin or"
                      + " as a derived query, or annotate it with @SqlQuery or @SqlUpdate; "
                      + valid);
        }
        continue;
      }
      Map<Mixin, List<String>> mismatches =
          named.stream().collect(Collectors.toMap(x -> x, x -> signatures.problems(method, x)));
      named.stream()
          .filter(x -> Objects.requireNonNull(mismatches.get(x)).isEmpty())
          .findFirst()
          .ifPresentOrElse(
              x -> resolved.put(method, x),
              () ->
                  problems
                      .of(method, label)
                      .add(
                          "it does not fit the mixin "
                              + named.get(0).name()
                              + " of "
                              + named.get(0).association()
                              + ": "
                              + String.join("; ", mismatches.get(named.get(0))),
                          "give it the mixin's parameter and return types, or rename it; "
                              + valid));
    }
    return resolved;
  }
}
