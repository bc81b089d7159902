package dev.associations.metadata;

import java.lang.reflect.Field;

/**
 * A resolved association of {@code source}, named {@code name} ({@code as} in Sequelize).
 *
 * <p>For HasOne, HasMany and BelongsTo, {@link #foreignKey()} is the single key they share with
 * their inverse: on the target's table for HasOne/HasMany, on the source's for BelongsTo. For
 * BelongsToMany, {@link #foreignKey()} is the join table's key pointing at the source and
 * {@link #otherKey()} the one pointing at the target; the paired association has them swapped.
 *
 * @param type the association kind
 * @param source the model declaring (or receiving) the association
 * @param name the association name, which is also the field name
 * @param singular the singular form of the name ({@code child} for {@code children})
 * @param target the associated model
 * @param foreignKey the foreign key, see above
 * @param otherKey BelongsToMany only: the join table's key pointing at the target
 * @param through BelongsToMany only: the join table
 * @param inverse the name of the inverse association on the target, or {@code null} for a
 *     BelongsTo created without one
 * @param field the field filled when this association is included, or {@code null} when the
 *     source class has none
 * @param declared {@code true} when the user declared it, {@code false} for an auto-created inverse
 */
public record Association(AssociationType type, ModelMetadata source, String name, String singular,
    ModelMetadata target, ForeignKeyMetadata foreignKey, ForeignKeyMetadata otherKey,
    JoinTable through, String inverse, Field field, boolean declared) {

  /** {@code true} when source and target are the same model. */
  public boolean isSelfAssociation() {
    return source.type().equals(target.type());
  }

  /** {@code true} for HasMany and BelongsToMany. */
  public boolean isMultiple() {
    return type.isMultiple();
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
