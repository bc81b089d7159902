package dev.associations.registry;

import dev.associations.annotation.ReferentialAction;
import java.util.Objects;

/**
 * The actions a foreign key gets when its association leaves them at {@link
 * ReferentialAction#DEFAULT}, and whether constraints are emitted at all. The standard values are
 * Sequelize's: {@code ON DELETE SET NULL} for a nullable key, {@code ON DELETE CASCADE} for a
 * {@code NOT NULL} key, {@code ON UPDATE CASCADE}.
 *
 * @param onDeleteWhenNullable {@code ON DELETE} of a nullable foreign key
 * @param onDeleteWhenNotNull {@code ON DELETE} of a {@code NOT NULL} foreign key
 * @param onUpdate {@code ON UPDATE} of every foreign key
 * @param constraints {@code false} emits no {@code REFERENCES} constraint for any association
 */
public record ForeignKeyDefaults(
    ReferentialAction onDeleteWhenNullable,
    ReferentialAction onDeleteWhenNotNull,
    ReferentialAction onUpdate,
    boolean constraints) {

  /** Sequelize's defaults. */
  public static final ForeignKeyDefaults STANDARD =
      new ForeignKeyDefaults(
          ReferentialAction.SET_NULL, ReferentialAction.CASCADE, ReferentialAction.CASCADE, true);

  public ForeignKeyDefaults {
    requireConcrete(onDeleteWhenNullable, "onDeleteWhenNullable");
    requireConcrete(onDeleteWhenNotNull, "onDeleteWhenNotNull");
    requireConcrete(onUpdate, "onUpdate");
    if (onDeleteWhenNotNull == ReferentialAction.SET_NULL) {
      throw new IllegalArgumentException(
          "onDeleteWhenNotNull cannot be SET_NULL: a NOT NULL column cannot be set to NULL");
    }
  }

  public ForeignKeyDefaults withOnDeleteWhenNullable(ReferentialAction action) {
    return new ForeignKeyDefaults(action, onDeleteWhenNotNull, onUpdate, constraints);
  }

  public ForeignKeyDefaults withOnDeleteWhenNotNull(ReferentialAction action) {
    return new ForeignKeyDefaults(onDeleteWhenNullable, action, onUpdate, constraints);
  }

  public ForeignKeyDefaults withOnUpdate(ReferentialAction action) {
    return new ForeignKeyDefaults(onDeleteWhenNullable, onDeleteWhenNotNull, action, constraints);
  }

  public ForeignKeyDefaults withConstraints(boolean enabled) {
    return new ForeignKeyDefaults(onDeleteWhenNullable, onDeleteWhenNotNull, onUpdate, enabled);
  }

  /** The {@code ON DELETE} default for a key of this nullability. */
  public ReferentialAction onDelete(boolean nullable) {
    return nullable ? onDeleteWhenNullable : onDeleteWhenNotNull;
  }

  private static void requireConcrete(ReferentialAction action, String name) {
    Objects.requireNonNull(action, name);
    if (action == ReferentialAction.DEFAULT) {
      throw new IllegalArgumentException(name + " must be a concrete action, not DEFAULT");
    }
  }
}
