package dev.associations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The join table of a {@link BelongsToMany}: either a table name or a join model with its own
 * attributes. Both empty means the default table name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Through {

  /** Join table name; alias of {@link #table()}. */
  String value() default "";

  /** Join table name; alias of {@link #value()}. */
  String table() default "";

  /**
   * Join model class, which must declare both foreign key attributes. {@code void.class} means
   * none.
   */
  Class<?> model() default void.class;
}
