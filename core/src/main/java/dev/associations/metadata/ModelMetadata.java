package dev.associations.metadata;

import java.util.List;
import java.util.Optional;

/**
 * A resolved model: its names, table and attributes, including the foreign key attributes its
 * associations added.
 *
 * @param type the model class
 * @param name the singular model name ({@code Person})
 * @param plural the plural model name ({@code People})
 * @param table the table name ({@code people})
 * @param attributes every column, in declaration order, added foreign keys last
 */
public record ModelMetadata(Class<?> type, String name, String plural, String table,
    List<AttributeMetadata> attributes) {

  public ModelMetadata {
    attributes = List.copyOf(attributes);
  }

  /** The attribute with this name, if any. */
  public Optional<AttributeMetadata> attribute(String attributeName) {
    return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
  }

  /** The primary key attributes, in declaration order; several for a composite key. */
  public List<AttributeMetadata> primaryKey() {
    return attributes.stream().filter(AttributeMetadata::primaryKey).toList();
  }

  @Override
  public String toString() {
    return name;
  }
}
