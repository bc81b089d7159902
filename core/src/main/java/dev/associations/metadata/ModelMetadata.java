package dev.associations.metadata;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;

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
public record ModelMetadata(
    Class<?> type, String name, String plural, String table, List<AttributeMetadata> attributes) {

  public ModelMetadata {
    attributes = List.copyOf(attributes);
  }

  /** The attribute with this name, if any. */
  public Optional<AttributeMetadata> attribute(String attributeName) {
    return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
  }

  /**
   * The attribute annotated with Spring Data's {@link Version}, counting this model's updates, if
   * any.
   */
  public Optional<AttributeMetadata> version() {
    return annotated(Version.class);
  }

  /**
   * The attribute annotated with Spring Data's {@link CreatedDate}, set when a row is inserted, if
   * any.
   */
  public Optional<AttributeMetadata> createdDate() {
    return annotated(CreatedDate.class);
  }

  /**
   * The attribute annotated with Spring Data's {@link LastModifiedDate}, set by every write, if
   * any.
   */
  public Optional<AttributeMetadata> lastModifiedDate() {
    return annotated(LastModifiedDate.class);
  }

  private Optional<AttributeMetadata> annotated(Class<? extends Annotation> annotation) {
    return attributes.stream()
        .filter(a -> a.field() != null && a.field().isAnnotationPresent(annotation))
        .findFirst();
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
