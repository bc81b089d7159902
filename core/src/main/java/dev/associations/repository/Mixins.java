package dev.associations.repository;

import dev.associations.dialect.Dialect;
import dev.associations.internal.execution.AssociationMixins;
import dev.associations.internal.execution.StatementExecutor;
import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the mixins of one model's associations, each in one transaction (joining an outer one). An
 * argument that is {@code null}, an unsaved entity or no id throws {@link IllegalArgumentException}
 * naming the mixin, before any statement.
 */
final class Mixins {

  private final ModelMetadata model;
  private final Ids ids;
  private final TransactionTemplate transaction;
  private final Map<String, AssociationMixins> byName = new LinkedHashMap<>();

  Mixins(
      ModelMetadata model,
      Class<?> idType,
      List<Association> associations,
      StatementExecutor executor,
      Dialect dialect,
      TransactionTemplate transaction) {
    this.model = model;
    this.ids = new Ids(model, idType);
    this.transaction = transaction;
    associations.forEach(a -> byName.put(a.name(), new AssociationMixins(executor, dialect, a)));
  }

  /** Runs a repository method resolved to a mixin, converting the result to its return type. */
  @Nullable Object invoke(Mixin mixin, Method method, @Nullable Object[] args) {
    if (Collection.class.isAssignableFrom(method.getParameterTypes()[0])) {
      return forEach(mixin, method, args[0]);
    }
    Object result =
        run(
            mixin.name(),
            mixins(mixin),
            mixin.operation(),
            mixin.plural(),
            args[0],
            args.length > 1 ? args[1] : null,
            args.length > 2 ? args[2] : null);
    Class<?> type = method.getReturnType();
    if (mixin.operation() == MixinOperation.GET && !mixin.plural()) {
      Object single =
          ((List<?>) Objects.requireNonNull(result, "get's targets"))
              .stream().findFirst().orElse(null);
      return type == Optional.class ? Optional.ofNullable(single) : single;
    }
    if (mixin.operation() == MixinOperation.COUNT && (type == int.class || type == Integer.class)) {
      return Math.toIntExact((Long) Objects.requireNonNull(result, "count's number"));
    }
    return result;
  }

  /**
   * A get or count of a multiple association for several sources at once: a map from each source's
   * id (in their order) to its targets or their number, from one statement.
   */
  private Map<Object, Object> forEach(Mixin mixin, Method method, @Nullable Object argument) {
    AssociationMixins mixins = mixins(mixin);
    try {
      if (argument == null) {
        throw new IllegalArgumentException(
            "the " + model.plural() + " are null; pass an empty collection for none");
      }
      List<?> sources = new ArrayList<>((Collection<?>) argument);
      List<Object> keys = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        keys.add(ids.of(sources.get(i), model.name() + " #" + (i + 1)));
      }
      List<?> results =
          transaction.execute(
              status ->
                  mixin.operation() == MixinOperation.GET
                      ? mixins.getEach(sources)
                      : mixins.countEach(sources));
      boolean asInt =
          method.getGenericReturnType() instanceof ParameterizedType map
              && map.getActualTypeArguments()[1] == Integer.class;
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        Object result = results.get(i);
        map.put(keys.get(i), asInt ? Integer.valueOf(Math.toIntExact((Long) result)) : result);
      }
      return map;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(mixin.name() + ": " + e.getMessage(), e);
    }
  }

  /** The mixins of a resolved mixin's association, every one of which has them. */
  private AssociationMixins mixins(Mixin mixin) {
    return Objects.requireNonNull(byName.get(mixin.association().name()), mixin.name());
  }

  /** The operations of the association with this name on this entity. */
  AssociationOperations operations(Object entity, String name) {
    AssociationMixins mixins = byName.get(name);
    if (mixins == null) {
      throw new IllegalArgumentException(
          model.name()
              + " has no association '"
              + name
              + "'; its associations are "
              + byName.keySet());
    }
    return new BoundAssociation(this, mixins, entity);
  }

  /**
   * Runs one operation in a transaction.
   *
   * @param plural whether {@code argument} is a collection of targets
   * @param joinValues for add, set and create of a BelongsToMany through a join model: an instance
   *     of it whose values the join rows take, or {@code null}
   * @return the targets for get, a {@code Long} for count, a {@code Boolean} for has, the new
   *     target for create
   */
  @Nullable Object run(
      String name,
      AssociationMixins mixins,
      MixinOperation operation,
      boolean plural,
      @Nullable Object source,
      @Nullable Object argument,
      @Nullable Object joinValues) {
    try {
      if (source == null) {
        throw new IllegalArgumentException("the " + model.name() + " is null");
      }
      Collection<?> targets = targets(mixins.association(), operation, plural, argument);
      // one transaction each; those without a result run without one (before JDK 22 NullAway cannot
      // read that
      // a transaction callback may return null from Spring's class files)
      return switch (operation) {
        case GET -> transaction.execute(status -> mixins.get(source));
        case COUNT -> transaction.execute(status -> mixins.count(source));
        case HAS -> transaction.execute(status -> mixins.has(source, targets));
        case ADD -> {
          transaction.executeWithoutResult(status -> mixins.add(source, targets, joinValues));
          yield null;
        }
        case REMOVE -> {
          transaction.executeWithoutResult(status -> mixins.remove(source, targets));
          yield null;
        }
        case SET -> {
          transaction.executeWithoutResult(status -> mixins.set(source, targets, joinValues));
          yield null;
        }
        case CREATE -> { // targets(...) refused a null new target
          Object target = Objects.requireNonNull(argument, "the new target");
          yield transaction.execute(status -> mixins.create(source, target, joinValues));
        }
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static Collection<?> targets(
      Association association,
      MixinOperation operation,
      boolean plural,
      @Nullable Object argument) {
    if (plural && operation.takesTarget()) {
      if (argument == null) {
        throw new IllegalArgumentException(
            "the " + association.name() + " are null; pass an empty collection for none");
      }
      return (Collection<?>) argument;
    }
    if (argument == null
        && operation.takesTarget()
        && (association.isMultiple() || operation != MixinOperation.SET)) {
      throw new IllegalArgumentException("the " + association.singular() + " is null");
    }
    return argument == null ? List.of() : Collections.singletonList(argument);
  }
}
