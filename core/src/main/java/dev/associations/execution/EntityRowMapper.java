package dev.associations.execution;

import dev.associations.metadata.AttributeMetadata;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads rows into new model instances: column {@code i} holds {@code attributes.get(i - 1)}.
 *
 * @param <T> the model class
 */
public final class EntityRowMapper<T> implements RowMapper<T> {

  private final EntityAccess<T> access;
  private final List<AttributeMetadata> attributes;

  /**
   * @param access the model's instances
   * @param attributes the declared attributes, in the order the statement selects them
   */
  public EntityRowMapper(EntityAccess<T> access, List<AttributeMetadata> attributes) {
    this.access = access;
    this.attributes = List.copyOf(attributes);
  }

  @Override
  public T mapRow(ResultSet row, int rowNumber) throws SQLException {
    T entity = access.newInstance();
    for (int i = 0; i < attributes.size(); i++) {
      AttributeMetadata attribute = attributes.get(i);
      access.set(entity, attribute, JdbcValues.read(row, i + 1, attribute.javaType()));
    }
    return entity;
  }
}
