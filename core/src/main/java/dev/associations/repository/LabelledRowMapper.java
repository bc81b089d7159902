package dev.associations.repository;

import dev.associations.internal.execution.EntityAccess;
import dev.associations.internal.execution.JdbcValues;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the rows of SQL of your own into entities: each column whose label names a declared
 * attribute's column (ignoring case, as databases fold bare names) sets that attribute, the first
 * such column when several have the label (as {@code SELECT a.*, b.*} gives); other columns are
 * ignored. The labels are read from the first row's metadata.
 */
final class LabelledRowMapper<T> implements RowMapper<T> {

  private final EntityAccess<T> access;
  private @Nullable AttributeMetadata @Nullable [] byColumn;

  LabelledRowMapper(EntityAccess<T> access) {
    this.access = access;
  }

  @Override
  public T mapRow(ResultSet row, int rowNumber) throws SQLException {
    if (byColumn == null) {
      byColumn = attributes(row.getMetaData(), access.model());
    }
    T entity = access.newInstance();
    for (int i = 0; i < byColumn.length; i++) {
      AttributeMetadata attribute = byColumn[i];
      if (attribute != null) {
        access.set(entity, attribute, JdbcValues.read(row, i + 1, attribute.javaType()));
      }
    }
    return entity;
  }

  private static @Nullable AttributeMetadata[] attributes(
      ResultSetMetaData metaData, ModelMetadata model) throws SQLException {
    List<AttributeMetadata> declared =
        model.attributes().stream().filter(AttributeMetadata::isDeclared).toList();
    @Nullable AttributeMetadata[] attributes = new AttributeMetadata[metaData.getColumnCount()];
    Set<AttributeMetadata> taken = new HashSet<>();
    for (int i = 0; i < attributes.length; i++) {
      String label = metaData.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
      attributes[i] =
          declared.stream()
              .filter(a -> a.columnName().toLowerCase(Locale.ROOT).equals(label))
              .filter(taken::add)
              .findFirst()
              .orElse(null);
    }
    return attributes;
  }
}
