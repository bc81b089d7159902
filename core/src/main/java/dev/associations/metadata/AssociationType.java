package dev.associations.metadata;

/** The four association kinds of Sequelize. */
public enum AssociationType {
  HAS_ONE(false),
  HAS_MANY(true),
  BELONGS_TO(false),
  BELONGS_TO_MANY(true);

  private final boolean multiple;

  AssociationType(boolean multiple) {
    this.multiple = multiple;
  }

  /** {@code true} for associations holding a collection (HasMany, BelongsToMany). */
  public boolean isMultiple() {
    return multiple;
  }

  /** {@code true} when the foreign key is on the target's table (HasOne, HasMany). */
  public boolean isKeyOnTarget() {
    return this == HAS_ONE || this == HAS_MANY;
  }
}
