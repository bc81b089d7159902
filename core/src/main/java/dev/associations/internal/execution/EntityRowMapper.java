package dev.associations.internal.execution;

import dev.associations.metadata.AttributeMetadata;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads rows into new model instances: column {@code i} holds {@code attributes.get(i - 1)}. The
 * values are read as {@link ColumnsReader} reads them and the instance made by {@link
 * EntityAccess#newInstance(Object[])}, generated code where the model allows it.
 *
 * @param <T> the model class
 */
public final class EntityRowMapper<T> implements RowMapper<T> {

  private final EntityAccess<T> access;
  private final ColumnsReader columns;

  /** The position among the model's attributes of each column's attribute. */
  private final int[] positions;

  private final int width;

  /** Whether the columns are the model's attributes, in its order: read straight into place. */
  private final boolean inModelOrder;

  /**
   * @param access the model's instances
   * @param attributes the declared attributes, in the order the statement selects them
   */
  public EntityRowMapper(EntityAccess<T> access, List<AttributeMetadata> attributes) {
    this.access = access;
    this.columns =
        new ColumnsReader(attributes.stream().<Class<?>>map(AttributeMetadata::javaType).toList());
    this.positions = RowKeys.positions(access.model(), attributes);
    this.width = access.model().attributes().size();
    this.inModelOrder =
        positions.length == width && IntStream.range(0, width).allMatch(i -> positions[i] == i);
  }

  @Override
  public T mapRow(ResultSet row, int rowNumber) throws SQLException {
    Object[] values = new Object[width];
    if (inModelOrder) {
      columns.read(row, 1, values, 0);
    } else {
      Object[] read = new Object[positions.length];
      columns.read(row, 1, read, 0);
      for (int i = 0; i < read.length; i++) {
        values[positions[i]] = read[i];
      }
    }
    return access.newInstance(values);
  }
}
