package dev.associations.internal.execution;

import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.NumberUtils;

/**
 * Creates instances of a model and reads and writes its attribute fields by reflection. Models need
 * a constructor without parameters, of any visibility.
 *
 * @param <T> the model class
 */
public final class EntityAccess<T> {

  private final ModelMetadata model;
  private final Constructor<T> constructor;

  /**
   * The field of each attribute, in model order; {@code null} for one the class does not declare.
   */
  private final @Nullable Field[] fields;

  private final boolean[] primitive;

  /**
   * Generated code doing what {@link #newInstance(Object[])} does by reflection, where possible.
   */
  private final @Nullable RowInstantiator instantiator;

  private EntityAccess(ModelMetadata model, Constructor<T> constructor) {
    this.model = model;
    this.constructor = constructor;
    this.fields = model.attributes().stream().map(AttributeMetadata::field).toArray(Field[]::new);
    this.primitive = new boolean[fields.length];
    for (int i = 0; i < fields.length; i++) {
      Field field = fields[i];
      primitive[i] = field != null && field.getType().isPrimitive();
    }
    this.instantiator =
        AccessorGenerator.instantiator(model.type(), constructor, fields).orElse(null);
  }

  /**
   * The access to this model's instances.
   *
   * @throws IllegalArgumentException when the model class has no constructor without parameters
   */
  @SuppressWarnings("unchecked")
  public static <T> EntityAccess<T> of(ModelMetadata model) {
    Class<T> type = (Class<T>) model.type();
    try {
      Constructor<T> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      for (AttributeMetadata attribute : model.attributes()) {
        Field field = attribute.field();
        if (field != null) {
          field.setAccessible(true);
        }
      }
      return new EntityAccess<>(model, constructor);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(
          "Model "
              + model.name()
              + " ("
              + type.getName()
              + ") has no constructor without parameters; add one (it may be private) so that rows can be read into it");
    }
  }

  public ModelMetadata model() {
    return model;
  }

  /** A new, empty instance. */
  public T newInstance() {
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "The constructor of " + model.name() + " failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create a " + model.name() + ": " + e, e);
    }
  }

  /** The value of a declared attribute. */
  public @Nullable Object get(T entity, AttributeMetadata attribute) {
    try {
      return field(attribute).get(entity);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(
          "Cannot read " + model.name() + "." + attribute.name() + ": " + e, e);
    }
  }

  /**
   * Whether an attribute of the entity has no value yet: {@code null}, or 0 in a primitive
   * {@code @AutoIncrement} field (which cannot hold {@code null}). An entity whose generated key is
   * unset is new: {@code save} inserts it, and mixins and deletes refuse it as unsaved.
   */
  boolean isUnset(T entity, AttributeMetadata attribute) {
    Object value = get(entity, attribute);
    return value == null
        || attribute.autoIncrement()
            && field(attribute).getType().isPrimitive()
            && ((Number) value).longValue() == 0;
  }

  /** Makes an attribute {@linkplain #isUnset unset}: {@code null}, or 0 in a primitive field. */
  void unset(T entity, AttributeMetadata attribute) {
    Class<?> type = field(attribute).getType();
    set(
        entity,
        attribute,
        type.isPrimitive() && type != boolean.class
            ? NumberUtils.convertNumberToTargetClass(
                0, AttributeTypes.box(type).asSubclass(Number.class))
            : null);
  }

  /** Sets a declared attribute; a {@code null} leaves a primitive field as it is. */
  public void set(T entity, AttributeMetadata attribute, @Nullable Object value) {
    Field field = field(attribute);
    if (value == null && field.getType().isPrimitive()) {
      return;
    }
    try {
      field.set(entity, value);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "Cannot set " + model.name() + "." + attribute.name() + " to " + value + ": " + e, e);
    }
  }

  /**
   * A new instance with every declared attribute set from these values (one per attribute of the
   * model, in model order); a {@code null} leaves a primitive field as it is.
   */
  public T newInstance(@Nullable Object[] values) {
    return newInstance(values, 0);
  }

  /** {@link #newInstance(Object[])} from the values starting at {@code offset}. */
  @SuppressWarnings("unchecked")
  public T newInstance(@Nullable Object[] values, int offset) {
    if (instantiator != null) {
      try {
        return (T) instantiator.newInstance(values, offset);
      } catch (ClassCastException e) {
        // a value of another type than its field's: reflection converts what it can, or names the
        // field
      }
    }
    T entity = newInstance();
    for (int i = 0; i < fields.length; i++) {
      Field field = fields[i];
      Object value = values[offset + i];
      if (field == null || value == null && primitive[i]) {
        continue;
      }
      try {
        field.set(entity, value);
      } catch (IllegalAccessException | IllegalArgumentException e) {
        throw new IllegalStateException(
            "Cannot set "
                + model.name()
                + "."
                + model.attributes().get(i).name()
                + " to "
                + value
                + ": "
                + e,
            e);
      }
    }
    return entity;
  }

  private Field field(AttributeMetadata attribute) {
    Field field = attribute.field();
    if (field == null) { // not declared
      throw new IllegalArgumentException(
          model.name()
              + "."
              + attribute.name()
              + " is a foreign key added by an association; the model has no field for it");
    }
    return field;
  }
}
