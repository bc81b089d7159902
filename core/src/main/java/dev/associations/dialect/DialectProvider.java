package dev.associations.dialect;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Chooses the dialect of a database that the built-in dialects do not cover, or replaces a built-in
 * one. Register implementations in {@code META-INF/spring.factories} under {@code
 * dev.associations.dialect.DialectProvider}: {@link Dialects#detect} asks them, in their {@link
 * org.springframework.core.annotation.Order @Order}, before the built-in dialects. With Spring
 * Boot, a {@link Dialect} bean is the simpler way to choose one.
 */
@FunctionalInterface
public interface DialectProvider {

  /**
   * The dialect of the database these metadata describe, or empty when this provider does not know
   * it.
   */
  Optional<Dialect> dialectFor(DatabaseMetaData metaData) throws SQLException;
}
