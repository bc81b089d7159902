package dev.associations.internal.execution;

import org.jspecify.annotations.Nullable;

/**
 * Implementation detail, not API: creates a model instance and sets its declared fields from one
 * value per attribute of the model, in model order. Implemented by classes generated at runtime for
 * each model (which must be able to see this interface, hence its visibility).
 */
public interface RowInstantiator {

  /**
   * A new instance with its fields set from the values starting at {@code offset}; a {@code null}
   * leaves a primitive field as it is.
   */
  Object newInstance(@Nullable Object[] values, int offset);
}
