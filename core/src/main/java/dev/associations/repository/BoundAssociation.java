package dev.associations.repository;

import dev.associations.internal.execution.AssociationMixins;
import dev.associations.metadata.Association;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@link AssociationOperations} of one association of one entity, run by {@link Mixins}. */
final class BoundAssociation implements AssociationOperations {

  private final Mixins mixins;
  private final AssociationMixins association;
  private final Object entity;

  BoundAssociation(Mixins mixins, AssociationMixins association, Object entity) {
    this.mixins = mixins;
    this.association = association;
    this.entity = entity;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> @Nullable R get() {
    List<?> targets =
        (List<?>) Objects.requireNonNull(run(MixinOperation.GET, null, null), "get's targets");
    return (R) (multiple() ? targets : targets.stream().findFirst().orElse(null));
  }

  @Override
  public void set(@Nullable Object targets) {
    run(MixinOperation.SET, targets, null);
  }

  @Override
  public void set(@Nullable Object targets, Object joinValues) {
    run(MixinOperation.SET, targets, Objects.requireNonNull(joinValues, "joinValues"));
  }

  @Override
  public void add(Object targets) {
    run(MixinOperation.ADD, targets, null);
  }

  @Override
  public void add(Object targets, Object joinValues) {
    run(MixinOperation.ADD, targets, Objects.requireNonNull(joinValues, "joinValues"));
  }

  @Override
  public void remove(Object targets) {
    run(MixinOperation.REMOVE, targets, null);
  }

  @Override
  public boolean has(Object targets) {
    return (Boolean) Objects.requireNonNull(run(MixinOperation.HAS, targets, null), "has's answer");
  }

  @Override
  public long count() {
    return (Long) Objects.requireNonNull(run(MixinOperation.COUNT, null, null), "count's number");
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R create(R target) {
    return (R)
        Objects.requireNonNull(run(MixinOperation.CREATE, target, null), "the created target");
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R create(R target, Object joinValues) {
    Object created =
        run(MixinOperation.CREATE, target, Objects.requireNonNull(joinValues, "joinValues"));
    return (R) Objects.requireNonNull(created, "the created target");
  }

  private @Nullable Object run(
      MixinOperation operation, @Nullable Object argument, @Nullable Object joinValues) {
    Association metadata = association.association();
    String name = operation.prefix() + "(" + metadata.qualifiedName() + ")";
    if (!multiple()
        && operation != MixinOperation.GET
        && operation != MixinOperation.SET
        && operation != MixinOperation.CREATE) {
      throw new IllegalArgumentException(
          name + ": " + metadata.type() + " associations offer only get, set and create");
    }
    boolean plural = multiple() && argument instanceof Collection<?>;
    if (multiple() && operation == MixinOperation.SET && !plural) {
      throw new IllegalArgumentException(name + ": set takes a collection of " + metadata.name());
    }
    return mixins.run(name, association, operation, plural, entity, argument, joinValues);
  }

  private boolean multiple() {
    return association.association().isMultiple();
  }
}
