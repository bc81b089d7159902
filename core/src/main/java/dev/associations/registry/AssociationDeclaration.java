package dev.associations.registry;

import dev.associations.annotation.AssociationScope;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Through;
import dev.associations.metadata.AssociationType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One association annotation, read into a single shape whatever its kind.
 *
 * @param type the association kind
 * @param field the annotated field
 * @param annotationName {@code @HasMany} and so on, for messages
 * @param explicitTarget {@code target = X.class}, or {@code void.class}
 * @param foreignKey the {@code foreignKey} elements
 * @param otherKey the {@code otherKey} elements (BelongsToMany)
 * @param keyAttributes {@code sourceKey} (HasOne, HasMany, BelongsToMany) or {@code targetKey}
 *     (BelongsTo)
 * @param otherKeyAttributes {@code targetKey} of a BelongsToMany
 * @param inverse the {@code inverse} option
 * @param singular the {@code singular} option, or empty
 * @param through the {@code through} option of a BelongsToMany, else {@code null}
 * @param constraints the {@code foreignKeyConstraints} option
 */
record AssociationDeclaration(
    AssociationType type,
    Field field,
    String annotationName,
    Class<?> explicitTarget,
    List<ForeignKey> foreignKey,
    List<ForeignKey> otherKey,
    List<String> keyAttributes,
    List<String> otherKeyAttributes,
    Inverse inverse,
    String singular,
    @Nullable Through through,
    boolean constraints) {

  /** The field's {@link AssociationScope} values, in declaration order. */
  List<AssociationScope> scope() {
    return List.of(field.getAnnotationsByType(AssociationScope.class));
  }

  static AssociationDeclaration of(Field field, Annotation annotation) {
    if (annotation instanceof HasOne a) {
      return new AssociationDeclaration(
          AssociationType.HAS_ONE,
          field,
          "@HasOne",
          a.target(),
          List.of(a.foreignKey()),
          List.of(),
          List.of(a.sourceKey()),
          List.of(),
          a.inverse(),
          "",
          null,
          a.foreignKeyConstraints());
    }
    if (annotation instanceof HasMany a) {
      return new AssociationDeclaration(
          AssociationType.HAS_MANY,
          field,
          "@HasMany",
          a.target(),
          List.of(a.foreignKey()),
          List.of(),
          List.of(a.sourceKey()),
          List.of(),
          a.inverse(),
          a.singular(),
          null,
          a.foreignKeyConstraints());
    }
    if (annotation instanceof BelongsTo a) {
      return new AssociationDeclaration(
          AssociationType.BELONGS_TO,
          field,
          "@BelongsTo",
          a.target(),
          List.of(a.foreignKey()),
          List.of(),
          List.of(a.targetKey()),
          List.of(),
          a.inverse(),
          "",
          null,
          a.foreignKeyConstraints());
    }
    if (annotation instanceof BelongsToMany a) {
      return new AssociationDeclaration(
          AssociationType.BELONGS_TO_MANY,
          field,
          "@BelongsToMany",
          a.target(),
          List.of(a.foreignKey()),
          List.of(a.otherKey()),
          List.of(a.sourceKey()),
          List.of(a.targetKey()),
          a.inverse(),
          a.singular(),
          a.through(),
          a.foreignKeyConstraints());
    }
    throw new IllegalArgumentException("not an association annotation: " + annotation);
  }

  static boolean isAssociation(Annotation annotation) {
    return annotation instanceof HasOne
        || annotation instanceof HasMany
        || annotation instanceof BelongsTo
        || annotation instanceof BelongsToMany;
  }

  String name() {
    return field.getName();
  }
}
