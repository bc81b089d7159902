package dev.associations.execution;

import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import java.util.Arrays;
import java.util.List;

/**
 * An entity read by an include statement, with the values of all its model's attributes,
 * including foreign keys the class has no field for.
 *
 * @param entity the new instance
 * @param model its model
 * @param values one value per attribute of the model, in model order
 */
record LoadedEntity(Object entity, ModelMetadata model, List<Object> values) {

  /** The values of these attributes of the model (matched by name), in their order. */
  List<Object> values(List<AttributeMetadata> attributes) {
    return attributes.stream().map(a -> values.get(position(a))).toList();
  }

  private int position(AttributeMetadata attribute) {
    List<AttributeMetadata> all = model.attributes();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(attribute.name())) {
        return i;
      }
    }
    throw new IllegalArgumentException(model.name() + " has no attribute " + attribute.name()
        + " among " + Arrays.toString(all.stream().map(AttributeMetadata::name).toArray()));
  }
}
