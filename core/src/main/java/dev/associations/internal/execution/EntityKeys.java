package dev.associations.internal.execution;

import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.metadata.AttributeMetadata;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of a model's entities and ids: a single value, or for a composite key a record
 * whose components are named like the key attributes. Whether an entity is new: its
 * {@code @AutoIncrement} key is {@linkplain EntityAccess#isUnset unset}.
 *
 * @param <T> the model class
 */
public final class EntityKeys<T> {

  private final EntityAccess<T> access;
  private final List<AttributeMetadata> key;
  private final @Nullable AttributeMetadata generated;
  private final boolean recordIds;

  /**
   * @param access the model's instances
   * @param idType the id type: the key attribute's type, or a record with one component per key
   *     attribute, of the same name and type (checked by the caller)
   */
  public EntityKeys(EntityAccess<T> access, Class<?> idType) {
    this.access = access;
    this.key = access.model().primaryKey();
    this.generated = key.stream().filter(AttributeMetadata::autoIncrement).findFirst().orElse(null);
    this.recordIds = idType.isRecord();
  }

  /** The primary key attributes, in key order. */
  public List<AttributeMetadata> attributes() {
    return key;
  }

  /** The {@code @AutoIncrement} key attribute, or {@code null} when the database generates none. */
  public @Nullable AttributeMetadata generated() {
    return generated;
  }

  /**
   * {@code true} when the database generates the key and this entity has none yet (see {@link
   * EntityAccess#isUnset}).
   */
  public boolean isNew(T entity) {
    return generated != null && access.isUnset(entity, generated);
  }

  /**
   * The key values of an entity, in key order.
   *
   * @throws IllegalArgumentException when one is {@linkplain EntityAccess#isUnset unset}: the
   *     entity is unsaved
   */
  public List<Object> entityValues(T entity) {
    return key.stream()
        .map(
            a -> {
              if (access.isUnset(entity, a)) {
                throw new IllegalArgumentException(
                    access.model().name()
                        + "."
                        + a.name()
                        + " is "
                        + access.get(entity, a)
                        + (a.autoIncrement()
                            ? ": the entity is unsaved, it has no primary key value"
                            : ": the entity has no primary key value"));
              }
              return access.get(entity, a);
            })
        .toList();
  }

  /** Makes an entity new again: its generated key is unset (when the model has one). */
  public void clearGenerated(T entity) {
    if (generated != null) {
      access.unset(entity, generated);
    }
  }

  /**
   * The key values of an id, in key order. The one rule for ids, here and in mixins ({@link
   * ModelKeys}): a value of the key attribute's type, or a whole number that fits it; each
   * component of a composite id likewise.
   */
  public List<Object> idValues(Object id) {
    Objects.requireNonNull(id, () -> "the id of a " + access.model().name() + " must not be null");
    if (!recordIds) {
      return List.of(ofKeyType(id, key.get(0)));
    }
    if (!CompositeIds.fits(id, key)) {
      throw new IllegalArgumentException(
          "the id of a "
              + access.model().name()
              + " is a record with the components "
              + key.stream().map(AttributeMetadata::name).toList()
              + ", not "
              + id.getClass().getSimpleName()
              + " "
              + id);
    }
    return CompositeIds.values(
        id,
        key,
        name -> new NullPointerException("component " + name + " of " + id),
        (attribute, value) -> otherType(value, attribute));
  }

  /**
   * The id as a value of the key attribute's type (see {@link AttributeTypes#asType}).
   *
   * @throws IllegalArgumentException for any other value, before it reaches the database (which
   *     might convert {@code "102 OR 1=1"} to 102)
   */
  private Object ofKeyType(Object id, AttributeMetadata attribute) {
    return AttributeTypes.asType(id, attribute.javaType())
        .orElseThrow(() -> otherType(id, attribute));
  }

  private IllegalArgumentException otherType(Object id, AttributeMetadata attribute) {
    return new IllegalArgumentException(
        "the id of a "
            + access.model().name()
            + " is a "
            + AttributeTypes.box(attribute.javaType()).getSimpleName()
            + ", not "
            + id.getClass().getSimpleName()
            + " "
            + id);
  }
}
