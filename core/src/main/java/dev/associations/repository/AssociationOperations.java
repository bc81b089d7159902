package dev.associations.repository;

import org.jspecify.annotations.Nullable;

/**
 * The mixins of one association of one entity, by name rather than by repository method: what
 * {@link AssociationRepository#association} returns. Targets are entities or ids; each operation
 * runs in one transaction, joining an outer one, with the semantics of the matching mixin.
 * Operations a single association lacks (add, remove, has, count) throw {@link
 * IllegalArgumentException}.
 */
public interface AssociationOperations {

  /**
   * The linked target or {@code null} for a single association; a {@code List} of them for a
   * multiple one.
   */
  <R> @Nullable R get();

  /**
   * Links exactly these: a target, id or {@code null} (single), or a collection of them (multiple).
   */
  void set(@Nullable Object targets);

  /**
   * {@link #set(Object)} for a BelongsToMany through a join model, writing these values (an
   * instance of the join model) into the join rows of targets that carry none of their own.
   */
  void set(Object targets, Object joinValues);

  /** Links a target or id, or a collection of them. */
  void add(Object targets);

  /**
   * {@link #add(Object)} for a BelongsToMany through a join model, writing these values (an
   * instance of the join model) into the join rows of targets that carry none of their own.
   */
  void add(Object targets, Object joinValues);

  /** Unlinks a target or id, or a collection of them. */
  void remove(Object targets);

  /** Whether a target or id, or every one of a collection, is linked. */
  boolean has(Object targets);

  /** The number of linked targets. */
  long count();

  /** Inserts a new target already linked, and returns it with its generated key. */
  <R> R create(R target);

  /**
   * {@link #create(Object)} for a BelongsToMany through a join model, its join row taking these
   * values.
   */
  <R> R create(R target, Object joinValues);
}
