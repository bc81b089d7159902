package dev.associations.registry;

import dev.associations.annotation.Model;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a field that may hold associated models: a single value, or a {@code List}, {@code
 * Set} or {@code Collection} of them.
 *
 * @param collection whether the field is one of the supported collection types
 * @param elementType the single type, the collection's element type, or {@code null} when it cannot
 *     be told (raw or wildcard collection)
 */
record FieldShape(boolean collection, @Nullable Class<?> elementType) {

  private static final List<Class<?>> COLLECTIONS =
      List.of(List.class, Set.class, Collection.class);

  static FieldShape of(Field field) {
    Class<?> raw = field.getType();
    if (!COLLECTIONS.contains(raw)) {
      return new FieldShape(false, raw);
    }
    Type generic = field.getGenericType();
    if (generic instanceof ParameterizedType parameterized) {
      Type argument = parameterized.getActualTypeArguments()[0];
      if (argument instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
        argument = wildcard.getUpperBounds()[0];
      }
      if (argument instanceof Class<?> element && element != Object.class) {
        return new FieldShape(true, element);
      }
    }
    return new FieldShape(true, null);
  }

  /** Whether this field holds instances of a class annotated with {@code @Model}. */
  boolean holdsModels() {
    return elementType != null && elementType.isAnnotationPresent(Model.class);
  }

  /** Whether a value of this model type fits the field, in the kind (single or many) asked. */
  boolean fits(Class<?> modelType, boolean many) {
    return collection == many && elementType != null && elementType.isAssignableFrom(modelType);
  }

  /** How the field should be declared for this model type, for messages. */
  static String expected(Class<?> modelType, boolean many) {
    return many ? "List<" + modelType.getSimpleName() + ">" : modelType.getSimpleName();
  }

  /** How the field is declared, for messages. */
  static String describe(Field field) {
    return describe(field.getGenericType());
  }

  private static String describe(Type type) {
    if (type instanceof Class<?> c) {
      return c.getSimpleName();
    }
    if (type instanceof ParameterizedType p) {
      return describe(p.getRawType())
          + Arrays.stream(p.getActualTypeArguments())
              .map(FieldShape::describe)
              .collect(Collectors.joining(", ", "<", ">"));
    }
    return type.getTypeName();
  }
}
