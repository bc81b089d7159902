package dev.associations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a model: a table whose non-static, non-transient fields are attributes or
 * associations. The table name defaults to the plural of the class name through the naming strategy
 * ({@code Person} becomes {@code people}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Model {

  /** Explicit table name; empty means derived from the class name. */
  String table() default "";

  /** Plural model name, when English inflection gets it wrong; empty means inflected. */
  String plural() default "";
}
