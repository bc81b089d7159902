package dev.associations.internal.execution;

import dev.associations.metadata.Association;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.ModelMetadata;
import java.lang.reflect.Field;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the join row of a BelongsToMany through a join model (every attribute of the join model, in
 * model order) into an instance of the join model, and hands it to the target it links, in the
 * target's field of the join model's type.
 */
final class JoinRowReader {

  private final EntityAccess<Object> access;
  private final ColumnsReader columns;
  private final Field field;

  private JoinRowReader(EntityAccess<Object> access, Field field) {
    this.access = access;
    this.columns =
        new ColumnsReader(
            access.model().attributes().stream()
                .<Class<?>>map(AttributeMetadata::javaType)
                .toList());
    this.field = field;
    field.setAccessible(true);
  }

  /**
   * The reader for this association, or {@code null} when its target has no field for the join row.
   */
  static @Nullable JoinRowReader of(
      Association association, Function<ModelMetadata, EntityAccess<Object>> access) {
    Field field = association.joinRowField();
    if (field == null) {
      return null;
    }
    // a join row field belongs to a BelongsToMany through a join model
    JoinTable through =
        Objects.requireNonNull(association.through(), "a BelongsToMany's join table");
    return new JoinRowReader(
        access.apply(Objects.requireNonNull(through.model(), "a join model")), field);
  }

  /**
   * Reads the join row from the columns starting at {@code column} (1-based) and sets it on the
   * target.
   */
  void fill(Object target, ResultSet row, int column) throws SQLException {
    @Nullable Object[] values = new Object[columns.size()];
    columns.read(row, column, values, 0);
    try {
      field.set(target, access.newInstance(values));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(
          "Cannot set " + access.model().name() + " on " + field + ": " + e, e);
    }
  }
}
