package dev.associations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Many-to-one or one-to-one where the foreign key is on this model: {@code DrivingLicense.owner}
 * with {@code driving_licenses.owner_id}. Creates an inverse only when {@link Inverse#type()} is
 * given.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BelongsTo {

  /** Target model; {@code void.class} means the field's type. */
  Class<?> target() default void.class;

  /**
   * Foreign key on this model, one per column of the target key; empty means association name + key
   * ({@code ownerId}).
   */
  ForeignKey[] foreignKey() default {};

  /** Target attributes the foreign key references; empty means the target's primary key. */
  String[] targetKey() default {};

  /**
   * An inverse {@code HAS_ONE} or {@code HAS_MANY} on the target, created only when its type is
   * given.
   */
  Inverse inverse() default @Inverse;

  /** {@code false} emits no {@code REFERENCES} constraint (polymorphic associations). */
  boolean foreignKeyConstraints() default true;
}
