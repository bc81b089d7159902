package dev.associations.registry;

import dev.associations.metadata.AttributeMetadata;
import java.lang.reflect.Field;
import org.jspecify.annotations.Nullable;

/** An attribute while the registry is being resolved: foreign keys still adjust it. */
final class AttributeDraft {

  final String name;
  final Class<?> javaType;
  final @Nullable Field field;
  final boolean explicitColumnName;
  final boolean autoIncrement;
  String columnName;
  boolean nullable;
  @Nullable String defaultValue;
  boolean primaryKey;

  AttributeDraft(
      String name,
      String columnName,
      boolean explicitColumnName,
      Class<?> javaType,
      boolean nullable,
      @Nullable String defaultValue,
      boolean primaryKey,
      boolean autoIncrement,
      @Nullable Field field) {
    this.name = name;
    this.columnName = columnName;
    this.explicitColumnName = explicitColumnName;
    this.javaType = javaType;
    this.nullable = nullable;
    this.defaultValue = defaultValue;
    this.primaryKey = primaryKey;
    this.autoIncrement = autoIncrement;
    this.field = field;
  }

  AttributeMetadata toMetadata() {
    return new AttributeMetadata(
        name,
        columnName,
        javaType,
        nullable && !primaryKey,
        defaultValue,
        primaryKey,
        autoIncrement,
        field);
  }
}
