package dev.associations.metadata;

import java.lang.reflect.Field;
import org.jspecify.annotations.Nullable;

/**
 * A resolved attribute: one column of a model's (or join) table.
 *
 * @param name the attribute name ({@code ownerId})
 * @param columnName the column name ({@code owner_id})
 * @param javaType the Java type, boxed for primitives
 * @param nullable whether the column accepts {@code NULL}
 * @param defaultValue the SQL default as written by the user, or {@code null} for none
 * @param primaryKey whether the column is (part of) the primary key
 * @param autoIncrement whether the database generates the value
 * @param field the Java field holding the value, or {@code null} for an attribute the association
 *     added (a foreign key the model does not declare)
 */
public record AttributeMetadata(
    String name,
    String columnName,
    Class<?> javaType,
    boolean nullable,
    @Nullable String defaultValue,
    boolean primaryKey,
    boolean autoIncrement,
    @Nullable Field field) {

  /** {@code true} when the model class declares a field for this attribute. */
  public boolean isDeclared() {
    return field != null;
  }

  /** {@code true} when the column has a default value. */
  public boolean hasDefaultValue() {
    return defaultValue != null;
  }
}
