package dev.associations.internal.execution;

import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Key values of a model's entities or ids, as mixin arguments: an entity of the model, the value of
 * its single primary key, or a record whose components are named like its composite key. Ids follow
 * the rule of {@link EntityKeys#idValues}: values of the key's type, or whole numbers that fit it
 * ({@link AttributeTypes#asType}).
 */
public final class ModelKeys {

  private final EntityAccess<Object> access;
  private final ModelMetadata model;

  public ModelKeys(EntityAccess<Object> access) {
    this.access = access;
    this.model = access.model();
  }

  public EntityAccess<Object> access() {
    return access;
  }

  /** {@code true} when the value is an entity of the model, rather than an id. */
  public boolean isEntity(Object value) {
    return model.type().isInstance(value);
  }

  /**
   * The values of these attributes of an entity, or of an id when they are the primary key.
   *
   * @param argument the argument's description, for messages
   * @throws IllegalArgumentException when the value is {@code null}, an entity without those values
   *     (unsaved: see {@link EntityAccess#isUnset}), or no id of the model
   */
  public List<Object> values(
      Object entityOrId, List<AttributeMetadata> attributes, String argument) {
    if (entityOrId == null) {
      throw new IllegalArgumentException(argument + " is null");
    }
    if (isEntity(entityOrId)) {
      return attributes.stream()
          .map(
              a -> {
                Object value = a.isDeclared() ? access.get(entityOrId, a) : null;
                if (!a.isDeclared() || access.isUnset(entityOrId, a)) {
                  throw new IllegalArgumentException(
                      argument
                          + " is an unsaved "
                          + model.name()
                          + ": its "
                          + a.name()
                          + " is "
                          + value);
                }
                return value;
              })
          .toList();
    }
    if (!attributes.equals(model.primaryKey())) {
      throw new IllegalArgumentException(
          argument
              + " must be a "
              + model.name()
              + " entity, not "
              + entityOrId
              + ": the association does not reference its primary key");
    }
    return idValues(entityOrId, argument);
  }

  private List<Object> idValues(Object id, String argument) {
    List<AttributeMetadata> key = model.primaryKey();
    if (key.size() == 1) {
      return List.of(
          AttributeTypes.asType(id, key.get(0).javaType())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          argument
                              + " is neither a "
                              + model.name()
                              + " nor its id ("
                              + key.get(0).javaType().getSimpleName()
                              + "): "
                              + id.getClass().getSimpleName()
                              + " "
                              + id)));
    }
    if (!CompositeIds.fits(id, key)) {
      throw new IllegalArgumentException(
          argument
              + " is neither a "
              + model.name()
              + " nor its id (a record with "
              + "the components "
              + key.stream().map(AttributeMetadata::name).toList()
              + "): "
              + id);
    }
    return CompositeIds.values(
        id,
        key,
        name -> new NullPointerException(argument + " has a null " + name),
        (attribute, value) ->
            new IllegalArgumentException(
                argument
                    + " has a "
                    + attribute.name()
                    + " of type "
                    + value.getClass().getSimpleName()
                    + ", not "
                    + AttributeTypes.box(attribute.javaType()).getSimpleName()
                    + " as its key: "
                    + id));
  }

  /** Sets these attributes on an entity where the model declares them; ids are left alone. */
  public void assign(
      Object entityOrId, List<AttributeMetadata> attributes, @Nullable List<Object> values) {
    if (!isEntity(entityOrId)) {
      return;
    }
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i).isDeclared()) {
        access.set(entityOrId, attributes.get(i), values == null ? null : values.get(i));
      }
    }
  }
}
