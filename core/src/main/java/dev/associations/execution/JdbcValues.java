package dev.associations.execution;

import dev.associations.sql.ArrayParameter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.TypeMismatchDataAccessException;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Converts attribute values to and from JDBC: enums by constant name, {@link Instant} as a UTC
 * {@link OffsetDateTime}, everything else as the driver's own type ({@code getObject(column, Type)}
 * for {@code java.time} and {@code UUID}; {@code getBoolean} so that MariaDB's {@code TINYINT(1)}
 * reads as a Boolean), but {@link BigInteger}, read as the {@code DECIMAL} it is stored as.
 */
public final class JdbcValues {

  private JdbcValues() {
  }

  /** The value handed to the driver for this attribute value. */
  public static Object toJdbc(Object value) {
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    return value;
  }

  /**
   * Binds these attribute values as parameters 1..n; an {@link ArrayParameter} becomes a SQL array
   * created on the statement's connection.
   */
  public static void bind(PreparedStatement statement, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof ArrayParameter array) {
        statement.setArray(i + 1, statement.getConnection().createArrayOf(array.elementType(),
            array.values().stream().map(JdbcValues::toJdbc).toArray()));
        continue;
      }
      StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN,
          toJdbc(values.get(i)));
    }
  }

  /** Reads one column of the current row. */
  @FunctionalInterface
  public interface ColumnReader {
    Object read(ResultSet row, int column) throws SQLException;
  }

  /**
   * A reader of columns as values of this attribute type, as {@link #read} reads them, chosen once:
   * for the common types a direct getter, for the others {@link #read}.
   */
  public static ColumnReader reader(Class<?> type) {
    if (type == Long.class || type == long.class) {
      return (row, column) -> {
        long value = row.getLong(column);
        return value == 0 && row.wasNull() ? null : value;
      };
    }
    if (type == Integer.class || type == int.class) {
      return (row, column) -> {
        int value = row.getInt(column);
        return value == 0 && row.wasNull() ? null : value;
      };
    }
    if (type == String.class) {
      return ResultSet::getString;
    }
    return (row, column) -> read(row, column, type);
  }

  /**
   * A {@code DECIMAL} as a {@link BigInteger}: drivers differ in what {@code getObject(column,
   * BigInteger.class)} does, so the column is read as a {@link BigDecimal}, which it always is.
   */
  private static BigInteger wholeNumber(BigDecimal value) {
    if (value == null) {
      return null;
    }
    try {
      return value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new TypeMismatchDataAccessException("a BigInteger attribute's column holds " + value.toPlainString()
          + ", which is not a whole number; declare the attribute as BigDecimal", e);
    }
  }

  /** Reads a column as a value of this (boxed) attribute type; {@code null} for SQL NULL. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Object read(ResultSet row, int column, Class<?> type) throws SQLException {
    if (type.isEnum()) {
      String name = row.getString(column);
      return name == null ? null : Enum.valueOf((Class<? extends Enum>) type, name);
    }
    if (type == Instant.class) {
      OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }
    if (type == BigInteger.class) {
      return wholeNumber(row.getBigDecimal(column));
    }
    return JdbcUtils.getResultSetValue(row, column, type);
  }
}
