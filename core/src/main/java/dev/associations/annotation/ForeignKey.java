package dev.associations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Customizes a foreign key, like Sequelize's {@code foreignKey} option given as a string or an
 * object. For a composite key, give one per column.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface ForeignKey {

  /** Name of the foreign key attribute ({@code "ownerId"}); alias of {@link #name()}. */
  String value() default "";

  /** Name of the foreign key attribute; alias of {@link #value()}. */
  String name() default "";

  /** Column name; empty means derived from the attribute name by the naming strategy. */
  String columnName() default "";

  /** {@code false} makes the column {@code NOT NULL}. */
  boolean allowNull() default true;

  /** SQL default value, needed by {@link ReferentialAction#SET_DEFAULT}; empty means none. */
  String defaultValue() default "";

  /** {@code ON DELETE} action; {@link ReferentialAction#DEFAULT} takes the configured default. */
  ReferentialAction onDelete() default ReferentialAction.DEFAULT;

  /** {@code ON UPDATE} action; {@link ReferentialAction#DEFAULT} takes the configured default. */
  ReferentialAction onUpdate() default ReferentialAction.DEFAULT;

  /**
   * The key attribute of the referenced model this column points at; empty means the referenced key
   * attribute at the same position (the primary key, in declaration order).
   */
  String references() default "";
}
