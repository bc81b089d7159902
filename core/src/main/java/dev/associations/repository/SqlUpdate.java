package dev.associations.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository method that runs a modifying statement of your own, in a transaction (joining an
 * outer one): {@code @SqlUpdate("UPDATE posts SET likes = likes + 1 WHERE id = :id") int like(long
 * id)}. Parameters as for {@link SqlQuery}; it returns the number of rows changed ({@code int} or
 * {@code long}) or nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SqlUpdate {

  /** The INSERT, UPDATE or DELETE statement, with named parameters. */
  String value();
}
