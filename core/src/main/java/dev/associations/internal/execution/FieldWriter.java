package dev.associations.internal.execution;

import org.jspecify.annotations.Nullable;

/**
 * Implementation detail, not API: sets one field of a model instance. Implemented by classes
 * generated at runtime for each included association's field (which must be able to see this
 * interface, hence its visibility).
 */
public interface FieldWriter {

  /** Sets the field of {@code entity} to {@code value}. */
  void set(Object entity, @Nullable Object value);
}
