package dev.associations.internal.execution;

import dev.associations.internal.sql.ArrayParameter;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

  private JdbcValues() {}

  /** The value handed to the driver for this attribute value. */
  private static @Nullable Object toJdbc(@Nullable Object value) {
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
        statement.setArray(
            i + 1,
            statement
                .getConnection()
                .createArrayOf(array.elementType(), jdbcArray(array.values())));
        continue;
      }
      StatementCreatorUtils.setParameterValue(
          statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, toJdbc(values.get(i)));
    }
  }

  /**
   * The values for the driver, in an array of their class when they share one (a {@code Long[]},
   * which drivers take as it is, where an {@code Object[]} makes them look at every element's
   * type).
   */
  private static @Nullable Object[] jdbcArray(List<?> values) {
    @Nullable Object[] converted = new Object[values.size()];
    Class<?> shared = null;
    for (int i = 0; i < converted.length; i++) {
      converted[i] = toJdbc(values.get(i));
      Class<?> type = converted[i] == null ? null : converted[i].getClass();
      shared = i == 0 ? type : shared == type ? shared : null;
    }
    if (shared == null || shared == Object.class) {
      return converted;
    }
    @Nullable Object[] typed = (Object[]) Array.newInstance(shared, converted.length);
    System.arraycopy(converted, 0, typed, 0, converted.length);
    return typed;
  }

  /**
   * A {@code DECIMAL} as a {@link BigInteger}: drivers differ in what {@code getObject(column,
   * BigInteger.class)} does, so the column is read as a {@link BigDecimal}, which it always is.
   */
  private static @Nullable BigInteger wholeNumber(@Nullable BigDecimal value) {
    if (value == null) {
      return null;
    }
    try {
      return value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new TypeMismatchDataAccessException(
          "a BigInteger attribute's column holds "
              + value.toPlainString()
              + ", which is not a whole number; declare the attribute as BigDecimal",
          e);
    }
  }

  /** Reads a column as a value of this (boxed) attribute type; {@code null} for SQL NULL. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static @Nullable Object read(ResultSet row, int column, Class<?> type)
      throws SQLException {
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
