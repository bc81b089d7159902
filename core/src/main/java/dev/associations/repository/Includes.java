package dev.associations.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The associations a derived query method loads with its results, as include paths
 * ({@code @Includes({"author", "comments.author"})}); checked when the repository is created.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Includes {

  /** Include paths: association names, dotted for nesting. */
  String[] value();
}
