package dev.associations.internal.execution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a run of columns of the current row into values, each as {@link JdbcValues#read} reads its
 * type, with a direct getter for the common types chosen once per column: a switch the JIT compiles
 * into the caller, where a reader object per column would be a call through an interface with as
 * many implementations as there are types.
 */
final class ColumnsReader {

  private static final byte OTHER = 0;
  private static final byte LONG = 1;
  private static final byte INTEGER = 2;
  private static final byte STRING = 3;

  private final byte[] kinds;
  private final Class<?>[] types;

  /** A reader of columns of these attribute types, in order. */
  ColumnsReader(List<Class<?>> types) {
    this.types = types.toArray(Class<?>[]::new);
    this.kinds = new byte[this.types.length];
    for (int i = 0; i < kinds.length; i++) {
      Class<?> type = this.types[i];
      kinds[i] =
          type == Long.class || type == long.class
              ? LONG
              : type == Integer.class || type == int.class
                  ? INTEGER
                  : type == String.class ? STRING : OTHER;
    }
  }

  /** How many columns this reader reads. */
  int size() {
    return kinds.length;
  }

  /**
   * Reads the columns from {@code firstColumn} (1-based) into {@code values} from {@code
   * firstValue}.
   */
  void read(ResultSet row, int firstColumn, @Nullable Object[] values, int firstValue)
      throws SQLException {
    for (int i = 0; i < kinds.length; i++) {
      int column = firstColumn + i;
      Object value;
      switch (kinds[i]) {
        case LONG -> {
          long number = row.getLong(column);
          value = number == 0 && row.wasNull() ? null : (Object) number;
        }
        case INTEGER -> {
          int number = row.getInt(column);
          value = number == 0 && row.wasNull() ? null : (Object) number;
        }
        case STRING -> value = row.getString(column);
        default -> value = JdbcValues.read(row, column, types[i]);
      }
      values[firstValue + i] = value;
    }
  }
}
