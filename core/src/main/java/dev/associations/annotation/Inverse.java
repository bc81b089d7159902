package dev.associations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the association created on the other model, like Sequelize's {@code inverse} option. When
 * the other model declares a field with this name, it is filled when the inverse is included.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Inverse {

  /** Name of the inverse association; alias of {@link #as()}. Empty means the default name. */
  String value() default "";

  /** Name of the inverse association; alias of {@link #value()}. */
  String as() default "";

  /** Singular form of a multi inverse's name, when inflection gets it wrong. */
  String singular() default "";

  /** Kind of inverse to create for a {@link BelongsTo}; not used by the other associations. */
  Type type() default Type.DEFAULT;

  /** Kinds of inverse a {@link BelongsTo} can create. */
  enum Type {
    /** No inverse for {@link BelongsTo}; the implied kind for the others. */
    DEFAULT,
    HAS_ONE,
    HAS_MANY
  }
}
