package dev.associations.repository;

import dev.associations.internal.execution.AssociationMixins;
import dev.associations.metadata.Association;
import java.util.Collection;
import java.util.Objects;
import java.util.List;

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
  public <R> R get() {
    List<?> targets = (List<?>) run(MixinOperation.GET, null, null);
    return (R) (multiple() ? targets : targets.stream().findFirst().orElse(null));
  }

  @Override
  public void set(Object targets) {
    run(MixinOperation.SET, targets, null);
  }

  @Override
  public void set(Object targets, Object joinValues) {
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
    return (Boolean) run(MixinOperation.HAS, targets, null);
  }

  @Override
  public long count() {
    return (Long) run(MixinOperation.COUNT, null, null);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R create(R target) {
    return (R) run(MixinOperation.CREATE, target, null);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R create(R target, Object joinValues) {
    return (R) run(MixinOperation.CREATE, target, Objects.requireNonNull(joinValues, "joinValues"));
  }

  private Object run(MixinOperation operation, Object argument, Object joinValues) {
    Association metadata = association.association();
    String name = operation.prefix() + "(" + metadata.qualifiedName() + ")";
    if (!multiple() && operation != MixinOperation.GET && operation != MixinOperation.SET
        && operation != MixinOperation.CREATE) {
      throw new IllegalArgumentException(name + ": " + metadata.type()
          + " associations offer only get, set and create");
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
