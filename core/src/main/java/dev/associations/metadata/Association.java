package dev.associations.metadata;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A resolved association of {@code source}, named {@code name} ({@code as} in Sequelize).
 *
 * <p>For HasOne, HasMany and BelongsTo, {@link #foreignKey()} is the single key they share with
 * their inverse: on the target's table for HasOne/HasMany, on the source's for BelongsTo. For
 * BelongsToMany, {@link #foreignKey()} is the join table's key pointing at the source and {@link
 * #otherKey()} the one pointing at the target; the paired association has them swapped.
 *
 * @param type the association kind
 * @param source the model declaring (or receiving) the association
 * @param name the association name, which is also the field name
 * @param singular the singular form of the name ({@code child} for {@code children})
 * @param target the associated model
 * @param foreignKey the foreign key, see above
 * @param otherKey BelongsToMany only: the join table's key pointing at the target; else {@code
 *     null}
 * @param through BelongsToMany only: the join table; else {@code null}
 * @param inverse the name of the inverse association on the target, or {@code null} for a BelongsTo
 *     created without one
 * @param field the field filled when this association is included, or {@code null} when the source
 *     class has none
 * @param declared {@code true} when the user declared it, {@code false} for an auto-created inverse
 * @param joinRowField BelongsToMany through a join model: the target's field of the join model's
 *     type, which receives the join row of each target loaded through this association; else {@code
 *     null}
 * @param scope the constant values every row of the association has in attributes of the table
 *     holding the foreign key (the target's for HasOne and HasMany, the source's for BelongsTo, the
 *     join table for BelongsToMany); shared with the inverse
 */
public record Association(
    AssociationType type,
    ModelMetadata source,
    String name,
    String singular,
    ModelMetadata target,
    ForeignKeyMetadata foreignKey,
    @Nullable ForeignKeyMetadata otherKey,
    @Nullable JoinTable through,
    @Nullable String inverse,
    @Nullable Field field,
    boolean declared,
    @Nullable Field joinRowField,
    List<ScopeValue> scope) {

  public Association {
    scope = List.copyOf(scope);
  }

  /** {@code true} for HasMany and BelongsToMany. */
  public boolean isMultiple() {
    return type.isMultiple();
  }

  /**
   * For a to-one association (HasOne, BelongsTo), the target columns a source row is matched on:
   * the foreign key (HasOne) or the columns it references (BelongsTo).
   */
  public List<AttributeMetadata> targetMatchAttributes() {
    requireToOne();
    return type == AssociationType.HAS_ONE
        ? foreignKey.attributes()
        : foreignKey.referencedAttributes();
  }

  /**
   * For a to-one association, the source attributes matched with {@link #targetMatchAttributes()}.
   */
  public List<AttributeMetadata> sourceMatchAttributes() {
    requireToOne();
    return type == AssociationType.HAS_ONE
        ? foreignKey.referencedAttributes()
        : foreignKey.attributes();
  }

  /** For a to-one association (HasOne, BelongsTo), what keeps its target single. */
  public TargetUniqueness targetUniqueness() {
    requireToOne();
    Set<String> primaryKey =
        target.primaryKey().stream().map(AttributeMetadata::columnName).collect(Collectors.toSet());
    if (targetMatchAttributes().stream()
        .map(AttributeMetadata::columnName)
        .collect(Collectors.toSet())
        .containsAll(primaryKey)) {
      return TargetUniqueness.PRIMARY_KEY;
    }
    // a scoped HasOne's key column is shared with rows outside the scope: no UNIQUE constraint fits
    // it
    boolean scopedHasOne = type == AssociationType.HAS_ONE && !scope.isEmpty();
    return foreignKey.constrained() && !scopedHasOne
        ? TargetUniqueness.UNIQUE_CONSTRAINT
        : TargetUniqueness.NONE;
  }

  private void requireToOne() {
    if (isMultiple()) {
      throw new IllegalStateException(
          qualifiedName() + " is a " + type + " association, not a to-one association");
    }
  }

  /** {@code Model.name}, as used in messages. */
  public String qualifiedName() {
    return source.name() + "." + name;
  }

  @Override
  public String toString() {
    return qualifiedName() + " (" + type + " " + target.name() + ")";
  }
}
