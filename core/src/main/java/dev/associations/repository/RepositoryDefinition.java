package dev.associations.repository;

import dev.associations.execution.EntityAccess;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.AttributeTypes;
import dev.associations.metadata.ModelMetadata;
import dev.associations.registry.AssociationRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
record RepositoryDefinition(Class<?> repositoryInterface, ModelMetadata model, Class<?> idType,
    EntityAccess<?> access, Map<Method, Mixin> mixins, Map<Method, DerivedQuery> queries,
    Map<Method, SqlMethod> sqlMethods) {

  /**
   * Checks an interface against the registry.
   *
   * @throws RepositoryDefinitionException listing every problem
   */
  static RepositoryDefinition of(Class<?> repositoryInterface, AssociationRegistry registry) {
    List<String> problems = new ArrayList<>();
    ResolvableType base = ResolvableType.forClass(repositoryInterface).as(AssociationRepository.class);
    if (!repositoryInterface.isInterface() || base == ResolvableType.NONE) {
      throw new RepositoryDefinitionException(repositoryInterface, List.of("it is not an interface extending "
          + "AssociationRepository<T, ID> — declare e.g. interface PersonRepository extends AssociationRepository<Person, Long>"));
    }
    Class<?> modelType = base.getGeneric(0).resolve();
    Class<?> idType = base.getGeneric(1).resolve();
    if (modelType == null || idType == null) {
      throw new RepositoryDefinitionException(repositoryInterface, List.of("the type arguments of "
          + "AssociationRepository<T, ID> are not concrete (" + base + ") — give both, e.g. AssociationRepository<Person, Long>"));
    }
    if (!registry.isModel(modelType)) {
      problems.add(modelType.getName() + " is not a registered model — annotate it with @Model and add it "
          + "to the registry; registered: " + registry.models().stream().map(ModelMetadata::name).toList());
      throw new RepositoryDefinitionException(repositoryInterface, problems);
    }
    ModelMetadata model = registry.model(modelType);
    idProblem(model, idType).ifPresent(problems::add);
    Map<Method, Mixin> mixins = MixinResolver.resolve(repositoryInterface, model, idType,
        registry.associations(modelType), problems);
    Map<Method, DerivedQuery> queries = derivedQueries(repositoryInterface, model, registry, mixins, problems);
    Map<Method, SqlMethod> sqlMethods = sqlMethods(repositoryInterface, model, registry, problems);
    EntityAccess<?> access = null;
    try {
      access = EntityAccess.of(model);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new RepositoryDefinitionException(repositoryInterface, problems);
    }
    return new RepositoryDefinition(repositoryInterface, model, idType, access, mixins, queries, sqlMethods);
  }

  /** The SQL of each abstract method annotated with {@link SqlQuery} or {@link SqlUpdate}. */
  private static Map<Method, SqlMethod> sqlMethods(Class<?> repositoryInterface, ModelMetadata model,
      AssociationRegistry registry, List<String> problems) {
    Map<Method, SqlMethod> methods = new HashMap<>();
    Arrays.stream(repositoryInterface.getMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && SqlMethod.isSql(m))
        .sorted(Comparator.comparing(Method::getName))
        .forEach(method -> {
          List<String> found = new ArrayList<>();
          SqlMethod sql = SqlMethod.of(method, model, registry, found);
          if (sql != null) {
            methods.put(method, sql);
          }
          found.forEach(problem -> problems.add("SQL method " + method.getDeclaringClass().getSimpleName() + "."
              + method.getName() + ": " + problem));
        });
    return methods;
  }

  /** The derived query of each abstract method the interface adds that is no mixin but is named like a query. */
  private static Map<Method, DerivedQuery> derivedQueries(Class<?> repositoryInterface, ModelMetadata model,
      AssociationRegistry registry, Map<Method, Mixin> mixins, List<String> problems) {
    Map<Method, DerivedQuery> queries = new HashMap<>();
    Arrays.stream(repositoryInterface.getMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getDeclaringClass() != AssociationRepository.class)
        .filter(m -> !mixins.containsKey(m) && !SqlMethod.isSql(m) && DerivedQuery.looksDerived(m))
        .sorted(Comparator.comparing(Method::getName))
        .forEach(method -> {
          List<String> found = new ArrayList<>();
          DerivedQuery query = DerivedQuery.of(method, model, registry, found);
          if (query != null) {
            queries.put(method, query);
          }
          found.forEach(problem -> problems.add("derived query " + method.getDeclaringClass().getSimpleName() + "."
              + method.getName() + ": " + problem));
        });
    return queries;
  }

  private static Optional<String> idProblem(ModelMetadata model, Class<?> idType) {
    List<AttributeMetadata> key = model.primaryKey();
    if (key.isEmpty()) {
      return Optional.of("model " + model.name() + " has no @PrimaryKey, so it has no id to find or delete by");
    }
    if (key.size() == 1) {
      AttributeMetadata attribute = key.get(0);
      return AttributeTypes.box(idType).equals(attribute.javaType()) ? Optional.empty()
          : Optional.of("ID is " + idType.getSimpleName() + " but the primary key " + model.name() + "."
              + attribute.name() + " is " + attribute.javaType().getSimpleName() + " — use AssociationRepository<"
              + model.type().getSimpleName() + ", " + attribute.javaType().getSimpleName() + ">");
    }
    String expected = "record " + idType.getSimpleName() + key.stream()
        .map(a -> a.javaType().getSimpleName() + " " + a.name()).collect(Collectors.joining(", ", "(", ")"));
    if (!idType.isRecord()) {
      return Optional.of("ID is " + idType.getSimpleName() + " but " + model.name() + " has a composite primary key "
          + key.stream().map(AttributeMetadata::name).toList() + " — use a record with one component per key attribute, e.g. "
          + expected);
    }
    Map<String, Class<?>> components = Arrays.stream(idType.getRecordComponents())
        .collect(Collectors.toMap(RecordComponent::getName, c -> AttributeTypes.box(c.getType())));
    Map<String, Class<?>> attributes = key.stream()
        .collect(Collectors.toMap(AttributeMetadata::name, AttributeMetadata::javaType));
    return components.equals(attributes) ? Optional.empty()
        : Optional.of("ID record " + idType.getSimpleName() + Arrays.stream(idType.getRecordComponents())
            .map(c -> c.getType().getSimpleName() + " " + c.getName()).collect(Collectors.joining(", ", "(", ")"))
            + " does not match the composite primary key of " + model.name() + " — its components must be named "
            + "and typed like the key attributes: " + expected);
  }
}
