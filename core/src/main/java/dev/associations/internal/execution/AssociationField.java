package dev.associations.internal.execution;

import dev.associations.metadata.Association;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;

/**
 * Fills the field of an included association: the entity or {@code null} for a single one, a new
 * {@link ArrayList} (or {@link LinkedHashSet} for a {@code Set} field) for a multiple one. Sets
 * through generated code where the model allows it (see {@link AccessorGenerator}), else by
 * reflection.
 */
final class AssociationField {

  private final Association association;
  private final FieldWriter writer;
  private final boolean list;

  private AssociationField(Association association, Field field) {
    this.association = association;
    this.writer =
        AccessorGenerator.writer(association.source().type(), field)
            .orElseGet(() -> reflective(field));
    this.list = field.getType().isAssignableFrom(ArrayList.class);
  }

  /**
   * The field of an association to include.
   *
   * @throws IllegalArgumentException when the source class has no field for the association
   */
  static AssociationField of(Association association) {
    return new AssociationField(association, requireField(association));
  }

  /**
   * Makes the association's field writable, and returns it.
   *
   * @throws IllegalArgumentException when the source class has no field for the association
   */
  static Field requireField(Association association) {
    Field field = association.field();
    if (field == null) {
      throw new IllegalArgumentException(
          "cannot include "
              + association.qualifiedName()
              + ": "
              + association.source().name()
              + " has no field for it; declare a field named '"
              + association.name()
              + "' to receive it");
    }
    field.setAccessible(true);
    return field;
  }

  Association association() {
    return association;
  }

  /** Sets the field. */
  void set(Object entity, @Nullable Object value) {
    try {
      writer.set(entity, value);
    } catch (ClassCastException e) {
      throw new IllegalStateException("Cannot set " + association.qualifiedName() + ": " + e, e);
    }
  }

  /** A new, empty collection of the kind a multiple association's field holds. */
  Collection<Object> newCollection() {
    return list ? new ArrayList<>() : new LinkedHashSet<>();
  }

  /** Sets a multiple association's field to a new collection of these values. */
  void setCopy(Object entity, Collection<Object> values) {
    Collection<Object> collection = newCollection();
    collection.addAll(values);
    set(entity, collection);
  }

  private FieldWriter reflective(Field field) {
    return (entity, value) -> {
      try {
        field.set(entity, value);
      } catch (IllegalAccessException | IllegalArgumentException e) {
        throw new IllegalStateException("Cannot set " + association.qualifiedName() + ": " + e, e);
      }
    };
  }
}
