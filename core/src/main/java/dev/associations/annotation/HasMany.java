package dev.associations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One-to-many where the foreign key is on the target. Creates the inverse {@link BelongsTo} on the
 * target, which owns the foreign key. The field is a {@code List}, {@code Set} or {@code
 * Collection}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface HasMany {

  /** Target model; {@code void.class} means the field's (element) type. */
  Class<?> target() default void.class;

  /**
   * Foreign key on the target, one per column of the source key; empty means named after the
   * inverse.
   */
  ForeignKey[] foreignKey() default {};

  /** Source attributes the foreign key references; empty means the source's primary key. */
  String[] sourceKey() default {};

  /**
   * Names the inverse {@link BelongsTo}; default is the source model name, lower-first ({@code
   * person}).
   */
  Inverse inverse() default @Inverse;

  /** {@code false} emits no {@code REFERENCES} constraint (polymorphic associations). */
  boolean foreignKeyConstraints() default true;

  /**
   * Singular form of the association name, for mixins such as {@code addChild}; empty means
   * inflected.
   */
  String singular() default "";
}
