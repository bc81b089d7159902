package dev.associations.repository;

import dev.associations.internal.execution.EntityAccess;
import dev.associations.internal.execution.ModelKeys;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The id of an argument that is an entity or an id, as the repository's {@code ID} type: an id as
 * given, an entity's primary key value, or for a composite key the id record built from it.
 */
final class Ids {

  private final ModelMetadata model;
  private final ModelKeys keys;
  private final Class<?> idType;

  Ids(ModelMetadata model, Class<?> idType) {
    this.model = model;
    this.keys = new ModelKeys(EntityAccess.of(model));
    this.idType = idType;
  }

  /**
   * @param argument the argument's description, for messages
   * @throws IllegalArgumentException for {@code null}, an unsaved entity or no id of the model
   */
  Object of(Object entityOrId, String argument) {
    List<Object> values = keys.values(entityOrId, model.primaryKey(), argument);
    if (!keys.isEntity(entityOrId)) {
      return entityOrId;
    }
    return idType.isRecord() ? record(values) : values.get(0);
  }

  private Object record(List<Object> values) {
    RecordComponent[] components = idType.getRecordComponents();
    List<String> key = model.primaryKey().stream().map(AttributeMetadata::name).toList();
    Object[] arguments =
        Arrays.stream(components).map(c -> values.get(key.indexOf(c.getName()))).toArray();
    try {
      Constructor<?> constructor =
          idType.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      constructor.setAccessible(true);
      return constructor.newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Cannot create the id " + idType.getSimpleName() + " of a " + model.name() + ": " + e, e);
    }
  }
}
