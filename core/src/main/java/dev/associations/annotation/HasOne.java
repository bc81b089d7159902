package dev.associations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One-to-one where the foreign key is on the target: {@code Person.currentDrivingLicense} with
 * {@code driving_licenses.owner_id}. Creates the inverse {@link BelongsTo} on the target, which
 * owns the foreign key; the generated schema makes that key unique.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface HasOne {

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
}
