package dev.associations.metadata;

/**
 * What makes sure that a source row of a to-one association (HasOne, BelongsTo) has at most one
 * target row, which decides how the association is loaded.
 */
public enum TargetUniqueness {

  /** The target columns matched hold its whole primary key. */
  PRIMARY_KEY,

  /**
   * A {@code UNIQUE} constraint the generated schema puts on the target columns matched (a
   * constrained HasOne's foreign key, or the non-primary columns a constrained BelongsTo
   * references). A live schema made otherwise may lack it: loads then fail rather than repeat a
   * source row.
   */
  UNIQUE_CONSTRAINT,

  /**
   * Nothing: the key is unconstrained, or a scoped HasOne's (whose column rows outside the scope
   * share), so several target rows may match one source row, and the one with the lowest primary
   * key is loaded.
   */
  NONE
}
