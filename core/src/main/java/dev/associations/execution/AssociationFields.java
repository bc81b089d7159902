package dev.associations.execution;

import dev.associations.metadata.Association;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

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

  /** Sets a multiple association's field to a new collection of these values. */
  static void setMany(Association association, Object entity, List<Object> values) {
    Class<?> type = association.field().getType();
    Collection<Object> collection = type.isAssignableFrom(ArrayList.class) ? new ArrayList<>(values)
        : new LinkedHashSet<>(values);
    set(association, entity, collection);
  }
}
