package dev.associations.registry;

import dev.associations.annotation.Inverse;
import dev.associations.internal.naming.Inflector;
import dev.associations.metadata.AssociationType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns each association annotation into an association draft: checks the field and its target,
 * makes the keys (and the join table of a BelongsToMany), and registers the association with its
 * inverse. Remembers the names whose declaration failed.
 */
final class AssociationDeclarer {

  private final Map<Class<?>, ModelDraft> models;
  private final KeyFactory keys;
  private final JoinTables joinTables;
  private final Inverses inverses;
  private final ScopeResolver scopes;
  private final DefinitionProblems problems;

  /** Association names whose declaration failed, per model, so they cause no follow-up problems. */
  private final Map<ModelDraft, Set<String>> failed = new HashMap<>();

  AssociationDeclarer(
      Map<Class<?>, ModelDraft> models,
      KeyFactory keys,
      JoinTables joinTables,
      Inverses inverses,
      ScopeResolver scopes,
      DefinitionProblems problems) {
    this.models = models;
    this.keys = keys;
    this.joinTables = joinTables;
    this.inverses = inverses;
    this.scopes = scopes;
    this.problems = problems;
  }

  /**
   * Declares one association of {@code source}, or reports why it cannot and remembers it as
   * failed.
   */
  void declare(ModelDraft source, AssociationDeclaration declaration) {
    String name = declaration.name();
    String location = source.at(name);
    int before = problems.count();
    ModelDraft target = target(declaration, location);
    Inverse inverse = declaration.inverse();
    String inverseName =
        Aliases.pick(problems, location, "@Inverse", "value", inverse.value(), "as", inverse.as());
    if (target != null) {
      inverseName = inverses.name(source, target, declaration, inverseName, location);
    }
    if (problems.count() > before || target == null) { // a null target has had its problem reported
      fail(source, name);
      if (target != null && inverseName != null) {
        fail(target, inverseName);
      }
      return;
    }
    AssociationDraft draft = draft(source, target, declaration, inverseName, location);
    if (draft == null) {
      fail(source, name);
      if (inverseName != null) {
        fail(target, inverseName);
      }
      return;
    }
    draft.scope = scopes.read(declaration, location);
    AssociationDraft registered = inverses.register(draft);
    if (registered != null && inverseName != null) {
      inverses.link(registered, inverseName, inverse);
    }
  }

  /**
   * The target model, after checking the field's shape; {@code null} when a problem was reported.
   */
  private @Nullable ModelDraft target(AssociationDeclaration declaration, String location) {
    FieldShape shape = FieldShape.of(declaration.field());
    boolean many = declaration.type().isMultiple();
    Class<?> targetType =
        declaration.explicitTarget() != void.class
            ? declaration.explicitTarget()
            : shape.elementType();
    if (shape.collection() != many) {
      problems.add(
          location,
          declaration.annotationName()
              + " needs "
              + (many ? "a List, Set or Collection field" : "a single-valued field")
              + ", found "
              + FieldShape.describe(declaration.field()),
          "declare it as "
              + FieldShape.expected(targetType == null ? Object.class : targetType, many));
      return null;
    }
    if (targetType == null) {
      problems.add(
          location,
          "cannot tell the target model from " + FieldShape.describe(declaration.field()),
          "declare the element type, e.g. List<Toot>, or set target = Toot.class");
      return null;
    }
    if (shape.elementType() != null && !shape.elementType().isAssignableFrom(targetType)) {
      problems.add(
          location,
          "target "
              + targetType.getSimpleName()
              + " does not fit the field type "
              + FieldShape.describe(declaration.field()),
          "make the field type and target agree");
      return null;
    }
    ModelDraft target = models.get(targetType);
    if (target == null) {
      boolean annotated = targetType.isAnnotationPresent(dev.associations.annotation.Model.class);
      problems.add(
          location,
          "target " + targetType.getSimpleName() + " is not a registered model",
          annotated
              ? "add "
                  + targetType.getName()
                  + " to the registry (or to associations.model-packages)"
              : "annotate " + targetType.getName() + " with @Model and add it to the registry");
    }
    return target;
  }

  private @Nullable AssociationDraft draft(
      ModelDraft source,
      ModelDraft target,
      AssociationDeclaration declaration,
      @Nullable String inverseName,
      String location) {
    String name = declaration.name();
    boolean many = declaration.type().isMultiple();
    String singular =
        !declaration.singular().isEmpty()
            ? declaration.singular()
            : many ? Inflector.singularize(name) : name;
    if (declaration.type() == AssociationType.BELONGS_TO_MANY) {
      return manyToMany(
          source, target, declaration, requireInverse(inverseName), singular, location);
    }
    // a BelongsTo's key is on its source and references the target; a HasOne's or HasMany's the
    // reverse
    boolean belongsTo = declaration.type() == AssociationType.BELONGS_TO;
    KeyDraft key =
        keys.create(
            new KeyFactory.Spec(
                location,
                belongsTo ? source : target,
                null,
                belongsTo ? target : source,
                declaration.foreignKey(),
                belongsTo ? "targetKey" : "sourceKey",
                declaration.keyAttributes(),
                belongsTo ? name : requireInverse(inverseName),
                declaration.constraints()));
    return key == null
        ? null
        : new AssociationDraft(
            declaration.type(),
            source,
            name,
            singular,
            target,
            key,
            null,
            null,
            declaration.field(),
            location,
            null);
  }

  /**
   * The inverse name of a HasOne, HasMany or BelongsToMany, which always has one once its
   * declaration passed.
   */
  private static String requireInverse(@Nullable String inverseName) {
    return Objects.requireNonNull(inverseName, "the inverse name");
  }

  private @Nullable AssociationDraft manyToMany(
      ModelDraft source,
      ModelDraft target,
      AssociationDeclaration declaration,
      String inverseName,
      String singular,
      String location) {
    JoinDraft join = joinTables.join(source, target, declaration, location);
    if (join == null) {
      return null;
    }
    boolean self = source == target;
    String inverseSingular =
        !declaration.inverse().singular().isEmpty()
            ? declaration.inverse().singular()
            : Inflector.singularize(inverseName);
    String sourcePrefix = self ? inverseSingular : source.name;
    String targetPrefix = self ? singular : target.name;
    KeyDraft foreignKey =
        keys.create(
            new KeyFactory.Spec(
                location,
                join.keyHolder(),
                join,
                source,
                declaration.foreignKey(),
                "sourceKey",
                declaration.keyAttributes(),
                sourcePrefix,
                declaration.constraints()));
    KeyDraft otherKey =
        keys.create(
            new KeyFactory.Spec(
                location,
                join.keyHolder(),
                join,
                target,
                declaration.otherKey(),
                "targetKey",
                declaration.otherKeyAttributes(),
                targetPrefix,
                declaration.constraints()));
    if (foreignKey == null || otherKey == null) {
      return null;
    }
    Set<String> shared = new HashSet<>(foreignKey.attributes());
    shared.retainAll(otherKey.attributes());
    if (!shared.isEmpty()) {
      problems.add(
          location,
          "both join table keys use the attribute" + (shared.size() == 1 ? " " : "s ") + shared,
          "name them apart with foreignKey = @ForeignKey(\"...\") and otherKey = @ForeignKey(\"...\")");
      return null;
    }
    return new AssociationDraft(
        AssociationType.BELONGS_TO_MANY,
        source,
        declaration.name(),
        singular,
        target,
        foreignKey,
        otherKey,
        join,
        declaration.field(),
        location,
        null);
  }

  private void fail(ModelDraft model, String name) {
    failed.computeIfAbsent(model, m -> new HashSet<>()).add(name);
  }

  /**
   * Whether the declaration of this association, or of the association creating it as inverse,
   * failed.
   */
  boolean failed(ModelDraft model, String name) {
    return failed.getOrDefault(model, Set.of()).contains(name);
  }
}
