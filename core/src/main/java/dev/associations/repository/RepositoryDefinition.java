package dev.associations.repository;

import dev.associations.internal.execution.EntityAccess;
import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import dev.associations.registry.AssociationRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;

/**
 * A checked repository interface: its model, id type, instance access and mixin methods.
 *
 * @param repositoryInterface the interface
 * @param model the model {@code T}
 * @param idType the id type {@code ID}
 * @param access the model's instances
 * @param mixins the mixin of each abstract method the interface adds
 * @param queries the derived query of each other abstract method the interface adds
 * @param sqlMethods the SQL of each method annotated with {@link SqlQuery} or {@link SqlUpdate}
 */
record RepositoryDefinition(
    Class<?> repositoryInterface,
    ModelMetadata model,
    Class<?> idType,
    EntityAccess<?> access,
    Map<Method, Mixin> mixins,
    Map<Method, DerivedQuery> queries,
    Map<Method, SqlMethod> sqlMethods) {

  /**
   * Checks an interface against the registry.
   *
   * @throws RepositoryDefinitionException listing every problem
   */
  static RepositoryDefinition of(Class<?> repositoryInterface, AssociationRegistry registry) {
    RepositoryProblems problems = new RepositoryProblems(repositoryInterface);
    String name = repositoryInterface.getSimpleName();
    ResolvableType base =
        ResolvableType.forClass(repositoryInterface).as(AssociationRepository.class);
    if (!repositoryInterface.isInterface() || base == ResolvableType.NONE) {
      problems.add(
          name,
          "it is not an interface extending AssociationRepository<T, ID>",
          "declare e.g. interface PersonRepository extends AssociationRepository<Person, Long>");
      throw problems.exception();
    }
    Class<?> modelType = base.getGeneric(0).resolve();
    Class<?> idType = base.getGeneric(1).resolve();
    if (modelType == null || idType == null) {
      problems.add(
          name,
          "the type arguments of AssociationRepository<T, ID> are not concrete (" + base + ")",
          "give both, e.g. AssociationRepository<Person, Long>");
      throw problems.exception();
    }
    if (!registry.isModel(modelType)) {
      problems.add(
          name,
          modelType.getName() + " is not a registered model",
          "annotate it with @Model and add it "
              + "to the registry; registered: "
              + registry.models().stream().map(ModelMetadata::name).toList());
      throw problems.exception();
    }
    ModelMetadata model = registry.model(modelType);
    idProblem(model, idType, name, problems);
    Map<Method, Mixin> mixins =
        MixinResolver.resolve(
            repositoryInterface, model, idType, registry.associations(modelType), problems);
    Map<Method, DerivedQuery> queries =
        resolve(
            repositoryInterface,
            m -> !mixins.containsKey(m) && !SqlMethod.isSql(m) && DerivedQuery.looksDerived(m),
            "derived query",
            (method, found) -> DerivedQuery.of(method, model, registry, found),
            problems);
    Map<Method, SqlMethod> sqlMethods =
        resolve(
            repositoryInterface,
            SqlMethod::isSql,
            "SQL method",
            (method, found) -> SqlMethod.of(method, model, registry, found),
            problems);
    EntityAccess<?> access = null;
    if (hasConstructorWithoutParameters(model.type())) {
      access = EntityAccess.of(model);
    } else {
      problems.add(
          name,
          "Model "
              + model.name()
              + " ("
              + model.type().getName()
              + ") has no constructor without parameters",
          "add one (it may be private) so that rows can be read into it");
    }
    if (!problems.isEmpty() || access == null) { // a missing access has its problem
      throw problems.exception();
    }
    return new RepositoryDefinition(
        repositoryInterface, model, idType, access, mixins, queries, sqlMethods);
  }

  /** A way to resolve a repository method, adding its problems (phrased to follow its name). */
  private interface MethodResolver<M> {
    @Nullable M resolve(Method method, RepositoryProblems.MethodProblems problems);
  }

  /**
   * Each abstract method of the interface that {@code selected} accepts, resolved; every problem is
   * added, labelled with {@code kind} and the method's name.
   */
  private static <M> Map<Method, M> resolve(
      Class<?> repositoryInterface,
      Predicate<Method> selected,
      String kind,
      MethodResolver<M> resolver,
      RepositoryProblems problems) {
    Map<Method, M> resolved = new HashMap<>();
    Arrays.stream(repositoryInterface.getMethods())
        .filter(
            m ->
                Modifier.isAbstract(m.getModifiers())
                    && m.getDeclaringClass() != AssociationRepository.class)
        .filter(selected)
        .sorted(Comparator.comparing(Method::getName))
        .forEach(
            method -> {
              M result =
                  resolver.resolve(
                      method,
                      problems.of(method, kind + " " + RepositoryProblems.location(method)));
              if (result != null) {
                resolved.put(method, result);
              }
            });
    return resolved;
  }

  private static boolean hasConstructorWithoutParameters(Class<?> type) {
    try {
      type.getDeclaredConstructor();
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static void idProblem(
      ModelMetadata model, Class<?> idType, String location, RepositoryProblems problems) {
    List<AttributeMetadata> key = model.primaryKey();
    if (key.isEmpty()) {
      problems.add(
          location,
          "model " + model.name() + " has no @PrimaryKey, so it has no id to find or delete by",
          "give it a @PrimaryKey, or reach its rows through the mixins of the association it joins");
      return;
    }
    if (key.size() == 1) {
      AttributeMetadata attribute = key.get(0);
      if (!AttributeTypes.box(idType).equals(attribute.javaType())) {
        problems.add(
            location,
            "ID is "
                + idType.getSimpleName()
                + " but the primary key "
                + model.name()
                + "."
                + attribute.name()
                + " is "
                + attribute.javaType().getSimpleName(),
            "use AssociationRepository<"
                + model.type().getSimpleName()
                + ", "
                + attribute.javaType().getSimpleName()
                + ">");
      }
      return;
    }
    String expected =
        "record "
            + idType.getSimpleName()
            + key.stream()
                .map(a -> a.javaType().getSimpleName() + " " + a.name())
                .collect(Collectors.joining(", ", "(", ")"));
    if (!idType.isRecord()) {
      problems.add(
          location,
          "ID is "
              + idType.getSimpleName()
              + " but "
              + model.name()
              + " has a composite primary key "
              + key.stream().map(AttributeMetadata::name).toList(),
          "use a record with one component per key attribute, e.g. " + expected);
      return;
    }
    Map<String, Class<?>> components =
        Arrays.stream(idType.getRecordComponents())
            .collect(
                Collectors.toMap(RecordComponent::getName, c -> AttributeTypes.box(c.getType())));
    Map<String, Class<?>> attributes =
        key.stream()
            .collect(Collectors.toMap(AttributeMetadata::name, AttributeMetadata::javaType));
    if (!components.equals(attributes)) {
      problems.add(
          location,
          "ID record "
              + idType.getSimpleName()
              + Arrays.stream(idType.getRecordComponents())
                  .map(c -> c.getType().getSimpleName() + " " + c.getName())
                  .collect(Collectors.joining(", ", "(", ")"))
              + " does not match the composite primary key of "
              + model.name(),
          "its components must be named " + "and typed like the key attributes: " + expected);
    }
  }
}
