package dev.associations.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository method that runs SQL of your own and returns the model's rows:
 * {@code @SqlQuery("SELECT * FROM posts WHERE title LIKE :pattern") List<Post> titled(String
 * pattern)}. Named parameters ({@code :pattern}) are the method's parameters, by name (compile with
 * {@code -parameters}, as Spring Boot's build does, or annotate them with Spring Data's
 * {@code @Param}); a collection value expands to a list ({@code IN (:ids)}). Columns are matched
 * with the model's attributes by name, ignoring case; {@link Includes} loads associations on top.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SqlQuery {

  /** The SELECT statement, with named parameters. */
  String value();
}
