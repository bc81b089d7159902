package dev.associations.execution;

import dev.associations.metadata.Association;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Fills the field of an included association: the entity or {@code null} for a single one, a new
 * {@link ArrayList} (or {@link LinkedHashSet} for a {@code Set} field) for a multiple one.
 */
final class AssociationFields {

  private AssociationFields() {
  }

  /**
   * Makes the association's field writable.
   *
   * @throws IllegalArgumentException when the source class has no field for the association
   */
  static void requireField(Association association) {
    if (association.field() == null) {
      throw new IllegalArgumentException("cannot include " + association.qualifiedName() + ": "
          + association.source().name() + " has no field for it; declare a field named '"
          + association.name() + "' to receive it");
    }
    association.field().setAccessible(true);
  }

  /** Sets a single association's field. */
  static void set(Association association, Object entity, Object value) {
    Field field = association.field();
    try {
      field.set(entity, value);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new IllegalStateException("Cannot set " + association.qualifiedName() + ": " + e, e);
    }
  }

  /** A new, empty collection of the kind the multiple association's field holds. */
  static Collection<Object> newCollection(Association association) {
    return association.field().getType().isAssignableFrom(ArrayList.class) ? new ArrayList<>()
        : new LinkedHashSet<>();
  }

  /** Sets a multiple association's field to a new collection of these values. */
  static void setMany(Association association, Object entity, Collection<Object> values) {
    Collection<Object> collection = newCollection(association);
    collection.addAll(values);
    set(association, entity, collection);
  }
}
