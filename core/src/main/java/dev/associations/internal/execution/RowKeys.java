package dev.associations.internal.execution;

import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keys made of some of a row's values, fit for hash maps, and positions of attributes among them.
 */
final class RowKeys {

  private RowKeys() {}

  /**
   * A key of the values at these positions: the value itself for a single column, a list of the
   * values for several; {@code null} when a value is {@code null}.
   */
  static @Nullable Object key(@Nullable Object[] values, int[] positions) {
    if (positions.length == 1) {
      return values[positions[0]];
    }
    @Nullable Object[] selected = new Object[positions.length];
    for (int i = 0; i < positions.length; i++) {
      selected[i] = values[positions[i]];
      if (selected[i] == null) {
        return null;
      }
    }
    return Arrays.asList(selected);
  }

  /** The values of a key made by {@link #key(Object[], int[])}. */
  @SuppressWarnings("unchecked")
  static List<Object> keyValues(Object key) {
    return key instanceof List<?> values ? (List<Object>) values : List.of(key);
  }

  /**
   * These positions moved by {@code offset}: positions among a table's values made positions in a
   * row's.
   */
  static int[] shift(int[] positions, int offset) {
    int[] shifted = positions.clone();
    for (int i = 0; i < shifted.length; i++) {
      shifted[i] += offset;
    }
    return shifted;
  }

  /** The positions of these attributes (matched by name) among the model's attributes. */
  static int[] positions(ModelMetadata model, List<AttributeMetadata> attributes) {
    List<AttributeMetadata> all = model.attributes();
    int[] positions = new int[attributes.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = position(model, all, attributes.get(i).name());
    }
    return positions;
  }

  private static int position(ModelMetadata model, List<AttributeMetadata> all, String name) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        model.name()
            + " has no attribute "
            + name
            + " among "
            + all.stream().map(AttributeMetadata::name).toList());
  }
}
