package dev.associations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional settings of an attribute. A field needs no annotation to be an attribute; use this one
 * to change its column name or default value. When the attribute is also a foreign key, these
 * settings win over those of the association.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Attribute {

  /** Column name; empty means derived from the field name by the naming strategy. */
  String columnName() default "";

  /**
   * SQL default value as a literal of the attribute's type ({@code "0"}, {@code "draft"}); empty
   * means none.
   */
  String defaultValue() default "";
}
