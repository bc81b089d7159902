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

  /**
   * The name users write: {@code HasOne}, {@code HasMany}, {@code BelongsTo}, {@code
   * BelongsToMany}.
   */
  public String displayName() {
    return switch (this) {
      case HAS_ONE -> "HasOne";
      case HAS_MANY -> "HasMany";
      case BELONGS_TO -> "BelongsTo";
      case BELONGS_TO_MANY -> "BelongsToMany";
    };
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
