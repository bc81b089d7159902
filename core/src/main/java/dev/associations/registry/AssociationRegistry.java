package dev.associations.registry;

import dev.associations.dialect.Dialect;
import dev.associations.metadata.Association;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.ModelMetadata;
import dev.associations.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every model and association of an application, resolved once with Sequelize's rules and immutable
 * afterwards. Build it with {@link #builder()}; a definition problem fails the build with an {@link
 * AssociationDefinitionException} listing every problem.
 */
public final class AssociationRegistry {

  private final Map<Class<?>, ModelMetadata> models;
  private final List<ModelMetadata> modelOrder;
  private final Map<Class<?>, Map<String, Association>> associations;
  private final List<JoinTable> joinTables;
  private final List<ForeignKeyMetadata> foreignKeys;
  private final List<String> warnings;
  private final NamingStrategy namingStrategy;
  private final ForeignKeyDefaults foreignKeyDefaults;
  private final @Nullable Dialect dialect;

  AssociationRegistry(
      Map<Class<?>, ModelMetadata> models,
      Map<Class<?>, Map<String, Association>> associations,
      List<JoinTable> joinTables,
      List<ForeignKeyMetadata> foreignKeys,
      List<String> warnings,
      NamingStrategy namingStrategy,
      ForeignKeyDefaults foreignKeyDefaults,
      @Nullable Dialect dialect) {
    this.models = Map.copyOf(models);
    Map<Class<?>, Map<String, Association>> byModel = new LinkedHashMap<>();
    associations.forEach((type, named) -> byModel.put(type, new LinkedHashMap<>(named)));
    this.associations = byModel;
    this.modelOrder = List.copyOf(models.values());
    this.joinTables = List.copyOf(joinTables);
    this.foreignKeys = List.copyOf(foreignKeys);
    this.warnings = List.copyOf(warnings);
    this.namingStrategy = namingStrategy;
    this.foreignKeyDefaults = foreignKeyDefaults;
    this.dialect = dialect;
  }

  /** Starts a registry definition. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every model, in the order they were added. */
  public List<ModelMetadata> models() {
    return modelOrder;
  }

  /** The model of this class; {@link IllegalArgumentException} if it was not added. */
  public ModelMetadata model(Class<?> type) {
    ModelMetadata model = models.get(type);
    if (model == null) {
      throw new IllegalArgumentException(
          type.getName()
              + " is not a registered model; registered: "
              + modelOrder.stream().map(ModelMetadata::name).toList());
    }
    return model;
  }

  /** Whether this class is a registered model. */
  public boolean isModel(Class<?> type) {
    return models.containsKey(type);
  }

  /** The associations of a model, declared ones and auto-created inverses, in resolution order. */
  public List<Association> associations(Class<?> type) {
    model(type);
    return List.copyOf(associations.getOrDefault(type, Map.of()).values());
  }

  /**
   * The association of a model with this name; {@link IllegalArgumentException} listing the valid
   * names if there is none.
   */
  public Association association(Class<?> type, String name) {
    Association association = associations.getOrDefault(type, Map.of()).get(name);
    if (association == null) {
      throw new IllegalArgumentException(
          model(type).name()
              + " has no association '"
              + name
              + "'; its associations are "
              + associations.getOrDefault(type, Map.of()).keySet());
    }
    return association;
  }

  /** The association on the target that is this association's inverse, if it has one. */
  public Optional<Association> inverse(Association association) {
    if (association.inverse() == null) {
      return Optional.empty();
    }
    return Optional.of(association(association.target().type(), association.inverse()));
  }

  /** Every join table, once, seen from the association that declared it. */
  public List<JoinTable> joinTables() {
    return joinTables;
  }

  /**
   * Every distinct foreign key, once, on model and join tables alike, in resolution order. An
   * association and its inverse share one.
   */
  public List<ForeignKeyMetadata> foreignKeys() {
    return foreignKeys;
  }

  /** Suspicious but legal definitions, such as two associations silently sharing one inverse. */
  public List<String> warnings() {
    return warnings;
  }

  public NamingStrategy namingStrategy() {
    return namingStrategy;
  }

  public ForeignKeyDefaults foreignKeyDefaults() {
    return foreignKeyDefaults;
  }

  /** The database the registry was checked against, if one was given. */
  public Optional<Dialect> dialect() {
    return Optional.ofNullable(dialect);
  }

  /** Collects the settings and model classes of a registry. */
  public static final class Builder {

    private final Set<Class<?>> modelClasses = new LinkedHashSet<>();
    private NamingStrategy namingStrategy = NamingStrategy.DEFAULT;
    private ForeignKeyDefaults foreignKeyDefaults = ForeignKeyDefaults.STANDARD;
    private @Nullable Dialect dialect;

    private Builder() {}

    /** Table and column naming; default snake_case with plural table names. */
    public Builder namingStrategy(NamingStrategy namingStrategy) {
      this.namingStrategy = Objects.requireNonNull(namingStrategy, "namingStrategy");
      return this;
    }

    /**
     * Actions for foreign keys that do not set their own; default {@link
     * ForeignKeyDefaults#STANDARD}.
     */
    public Builder foreignKeyDefaults(ForeignKeyDefaults foreignKeyDefaults) {
      this.foreignKeyDefaults = Objects.requireNonNull(foreignKeyDefaults, "foreignKeyDefaults");
      return this;
    }

    /**
     * The target database, so that actions it cannot enforce fail at startup; optional ({@code
     * null} for none).
     */
    public Builder dialect(@Nullable Dialect dialect) {
      this.dialect = dialect;
      return this;
    }

    /** Adds model classes (annotated with {@code @Model}). */
    public Builder addModels(Class<?>... classes) {
      return addModels(Arrays.asList(classes));
    }

    /** Adds model classes (annotated with {@code @Model}). */
    public Builder addModels(Collection<? extends Class<?>> classes) {
      classes.forEach(c -> modelClasses.add(Objects.requireNonNull(c, "model class")));
      return this;
    }

    /**
     * Resolves every model and association.
     *
     * @throws AssociationDefinitionException listing every definition problem found
     */
    public AssociationRegistry build() {
      return new AssociationResolver(namingStrategy, foreignKeyDefaults, dialect)
          .resolve(new ArrayList<>(modelClasses));
    }
  }
}
