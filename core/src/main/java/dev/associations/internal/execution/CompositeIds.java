package dev.associations.internal.execution;

import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.metadata.AttributeMetadata;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The components of composite ids, for CRUD ({@link EntityKeys}) and mixins ({@link ModelKeys})
 * alike: a record whose components are named like the key attributes, each converted by the id rule
 * ({@link AttributeTypes#asType}).
 */
final class CompositeIds {

  /** Each record type's component accessors by name, made accessible once; none for other types. */
  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          if (!type.isRecord()) {
            return Map.of();
          }
          Map<String, Method> byName = new HashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            byName.put(component.getName(), accessor);
          }
          return Map.copyOf(byName);
        }
      };

  private CompositeIds() {}

  /** Whether this value is a record whose components are named exactly like the key attributes. */
  static boolean fits(Object id, List<AttributeMetadata> key) {
    return ACCESSORS.get(id.getClass()).keySet().equals(names(key));
  }

  /**
   * The components of an id that {@link #fits} the key, in key order, each as a value of its
   * attribute's type.
   *
   * @param nullComponent the exception for a {@code null} component, given its name
   * @param otherType the exception for a component no value of its attribute's type, given the
   *     attribute and the component
   */
  static List<Object> values(
      Object id,
      List<AttributeMetadata> key,
      Function<String, RuntimeException> nullComponent,
      BiFunction<AttributeMetadata, Object, RuntimeException> otherType) {
    Map<String, Method> accessors = ACCESSORS.get(id.getClass());
    List<Object> values = new ArrayList<>(key.size());
    for (AttributeMetadata attribute : key) {
      Method accessor = accessors.get(attribute.name());
      if (accessor == null) {
        throw new IllegalArgumentException(id + " has no component " + attribute.name());
      }
      Object value = read(id, accessor);
      if (value == null) {
        throw nullComponent.apply(attribute.name());
      }
      values.add(
          AttributeTypes.asType(value, attribute.javaType())
              .orElseThrow(() -> otherType.apply(attribute, value)));
    }
    return values;
  }

  private static Set<String> names(List<AttributeMetadata> key) {
    return key.stream().map(AttributeMetadata::name).collect(Collectors.toSet());
  }

  private static @Nullable Object read(Object id, Method accessor) {
    try {
      return accessor.invoke(id);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "Cannot read " + accessor.getName() + " of " + id + ": " + e, e);
    }
  }
}
