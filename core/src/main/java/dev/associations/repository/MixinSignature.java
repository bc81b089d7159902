package dev.associations.repository;

import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.ModelMetadata;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a method's parameter and return types fit a mixin: the source (model entity or id)
 * first, then for set/add/remove/has a target entity or id, or a collection of them for the plural
 * forms, and for create a target entity, then for add, set and create of a BelongsToMany through a
 * join model optionally the join values (an instance of the join model); get returns the target (or
 * an {@code Optional} of it) or a {@code List} of targets, count a {@code long} or {@code int}, has
 * a {@code boolean}, set/add/remove {@code void} and create the target.
 */
final class MixinSignature {

  private final ModelMetadata model;
  private final Class<?> idType;

  MixinSignature(ModelMetadata model, Class<?> idType) {
    this.model = model;
    this.idType = idType;
  }

  /** What does not fit, empty when the method fits the mixin. */
  List<String> problems(Method method, Mixin mixin) {
    if (isForEach(method, mixin)) {
      return forEachProblems(method, mixin);
    }
    ModelMetadata target = mixin.association().target();
    List<String> problems = new ArrayList<>();
    Class<?>[] parameters = method.getParameterTypes();
    int expected = mixin.operation().takesTarget() ? 2 : 1;
    ModelMetadata joinModel = joinModel(mixin);
    if (joinModel != null && parameters.length == 3) {
      expected = 3;
      if (parameters[2] != joinModel.type()) {
        problems.add(
            "the third parameter must be the join values, a "
                + joinModel.name()
                + ", not "
                + parameters[2].getSimpleName());
      }
    }
    if (parameters.length != expected) {
      problems.add(
          "it must take "
              + expected
              + (expected == 1 ? " parameter" : " parameters")
              + (joinModel != null
                  ? " (and may take the join values, a " + joinModel.name() + ", third)"
                  : "")
              + ", not "
              + parameters.length);
    } else {
      if (!isModelOrId(parameters[0], model, idType)) {
        problems.add(
            "the first parameter must be a "
                + model.name()
                + " or its id ("
                + idType.getSimpleName()
                + "), not "
                + parameters[0].getSimpleName());
      }
      if (expected >= 2) {
        targetParameter(method, mixin, target).ifPresent(problems::add);
      }
    }
    returnType(method, mixin, target).ifPresent(problems::add);
    return problems;
  }

  /**
   * The join model whose values add, set and create of a BelongsToMany through one may take; else
   * {@code null}.
   */
  private static @Nullable ModelMetadata joinModel(Mixin mixin) {
    JoinTable through = mixin.association().through();
    boolean writesLinks =
        Set.of(MixinOperation.ADD, MixinOperation.SET, MixinOperation.CREATE)
            .contains(mixin.operation());
    return writesLinks && through != null ? through.model() : null;
  }

  /** A get or count of a multiple association taking a collection of sources. */
  static boolean isForEach(Method method, Mixin mixin) {
    return (mixin.operation() == MixinOperation.GET || mixin.operation() == MixinOperation.COUNT)
        && mixin.association().isMultiple()
        && method.getParameterCount() == 1
        && Collection.class.isAssignableFrom(method.getParameterTypes()[0]);
  }

  /**
   * {@code Map<ID, List<Target>> getX(Collection<source or id>)}, {@code Map<ID, Long>
   * countX(Collection<...>)} (or {@code Integer} values).
   */
  private List<String> forEachProblems(Method method, Mixin mixin) {
    List<String> problems = new ArrayList<>();
    Type element = element(method.getGenericParameterTypes()[0]);
    if (element instanceof Class<?> e && !isModelOrId(e, model, idType)) {
      problems.add(
          "the parameter must be a Collection of "
              + model.name()
              + " entities or ids, not "
              + method.getGenericParameterTypes()[0].getTypeName().replaceAll("[\\w.]+[.$]", ""));
    }
    String target = mixin.association().target().name();
    String value = mixin.operation() == MixinOperation.GET ? "List<" + target + ">" : "Long";
    Type returned = method.getGenericReturnType();
    boolean fits = method.getReturnType() == Map.class;
    if (fits && returned instanceof ParameterizedType map) {
      Type keys = map.getActualTypeArguments()[0];
      fits = !(keys instanceof Class<?> k) || AttributeTypes.box(k) == AttributeTypes.box(idType);
    }
    if (fits && returned instanceof ParameterizedType map) {
      Type values = map.getActualTypeArguments()[1];
      fits =
          mixin.operation() == MixinOperation.GET
              ? values instanceof ParameterizedType list
                  && list.getRawType() == List.class
                  && (!(element(list) instanceof Class<?> e)
                      || e == mixin.association().target().type())
              : values == Long.class || values == Integer.class;
    }
    if (!fits) {
      problems.add(
          "it must return Map<"
              + idType.getSimpleName()
              + ", "
              + value
              + ">, not "
              + returned.getTypeName().replaceAll("[\\w.]+[.$]", ""));
    }
    return problems;
  }

  private Optional<String> targetParameter(Method method, Mixin mixin, ModelMetadata target) {
    Class<?> type = method.getParameterTypes()[1];
    String entityOrId = target.name() + " or its id";
    if (mixin.operation() == MixinOperation.CREATE) {
      return type == target.type()
          ? Optional.empty()
          : Optional.of(
              "the second parameter must be the new "
                  + target.name()
                  + ", not "
                  + type.getSimpleName());
    }
    if (mixin.plural()) {
      Type element = element(method.getGenericParameterTypes()[1]);
      boolean fits =
          Collection.class.isAssignableFrom(type)
              && (!(element instanceof Class<?> e) || isModelOrId(e, target, null));
      return fits
          ? Optional.empty()
          : Optional.of(
              "the second parameter must be a Collection of "
                  + target.name()
                  + " entities or ids, not "
                  + method
                      .getGenericParameterTypes()[1]
                      .getTypeName()
                      .replaceAll("[\\w.]+[.$]", ""));
    }
    return isModelOrId(type, target, null)
        ? Optional.empty()
        : Optional.of(
            "the second parameter must be a " + entityOrId + ", not " + type.getSimpleName());
  }

  private static Optional<String> returnType(Method method, Mixin mixin, ModelMetadata target) {
    Class<?> type = method.getReturnType();
    Type element = element(method.getGenericReturnType());
    boolean elementFits = !(element instanceof Class<?> e) || e == target.type();
    String required =
        switch (mixin.operation()) {
          case GET ->
              mixin.plural()
                  ? (type.isAssignableFrom(List.class) && type != Object.class && elementFits
                      ? null
                      : "List<" + target.name() + ">")
                  : (type == target.type() || (type == Optional.class && elementFits)
                      ? null
                      : target.name() + " or Optional<" + target.name() + ">");
          case COUNT ->
              Set.of(long.class, Long.class, int.class, Integer.class).contains(type)
                  ? null
                  : "long or int";
          case HAS -> AttributeTypes.box(type) == Boolean.class ? null : "boolean";
          case CREATE -> type == target.type() ? null : target.name();
          default -> type == void.class ? null : "void";
        };
    return required == null
        ? Optional.empty()
        : Optional.of(
            "it must return "
                + required
                + ", not "
                + method.getGenericReturnType().getTypeName().replaceAll("[\\w.]+[.$]", ""));
  }

  private static @Nullable Type element(Type type) {
    return type instanceof ParameterizedType parameterized
            && parameterized.getActualTypeArguments().length == 1
        ? parameterized.getActualTypeArguments()[0]
        : null;
  }

  /** A model entity, or an id: the key type, or a record named like a composite key. */
  private static boolean isModelOrId(
      Class<?> type, ModelMetadata model, @Nullable Class<?> idType) {
    if (type == model.type()) {
      return true;
    }
    if (idType != null) {
      return AttributeTypes.box(type) == AttributeTypes.box(idType);
    }
    List<AttributeMetadata> key = model.primaryKey();
    if (key.size() == 1) {
      return AttributeTypes.box(type) == key.get(0).javaType();
    }
    return type.isRecord()
        && Arrays.stream(type.getRecordComponents())
            .map(c -> c.getName())
            .collect(Collectors.toSet())
            .equals(key.stream().map(AttributeMetadata::name).collect(Collectors.toSet()));
  }
}
