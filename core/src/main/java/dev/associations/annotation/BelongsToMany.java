package dev.associations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Many-to-many through a join table. Creates the paired {@link BelongsToMany} on the target; the
 * pair shares the join table, and this side's {@link #foreignKey()} is the other side's {@link
 * #otherKey()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BelongsToMany {

  /** Target model; {@code void.class} means the field's element type. */
  Class<?> target() default void.class;

  /**
   * Join table or join model; default is both tables in lexical order ({@code people_toots}), or
   * table + field for a self-association.
   */
  Through through() default @Through;

  /**
   * Join columns pointing at this model; default is singular model name + key ({@code personId}).
   */
  ForeignKey[] foreignKey() default {};

  /**
   * Join columns pointing at the target; default is the target's singular name + key ({@code
   * tootId}).
   */
  ForeignKey[] otherKey() default {};

  /** Attributes of this model the join table references; empty means the primary key. */
  String[] sourceKey() default {};

  /** Attributes of the target the join table references; empty means the primary key. */
  String[] targetKey() default {};

  /** Names the paired association on the target; required for a self-association. */
  Inverse inverse() default @Inverse;

  /**
   * Singular form of the association name, for mixins such as {@code addChild}; empty means
   * inflected.
   */
  String singular() default "";

  /** {@code false} emits no {@code REFERENCES} constraints on the join table. */
  boolean foreignKeyConstraints() default true;
}
