package dev.associations.dialect;

import dev.associations.annotation.ReferentialAction;
import dev.associations.internal.metadata.AttributeTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A dialect described by data: its quote character, identifier limit, supported actions and a table
 * of column types. Any enum is stored as {@code VARCHAR(255)}, its constant's name.
 */
public abstract class AbstractDialect implements Dialect {

  private static final String ENUM_TYPE = "VARCHAR(255)";

  private final String name;
  private final char quote;
  private final int maxIdentifierLength;
  private final Set<ReferentialAction> actions;
  private final Map<Class<?>, String> columnTypes;
  private final Set<String> reservedWords;

  /**
   * @param name the short name, for messages
   * @param quote the identifier quote character
   * @param maxIdentifierLength the longest identifier accepted
   * @param actions the referential actions enforced
   * @param columnTypes the SQL type of each supported (boxed) Java type
   * @param reservedWords the words the database rejects as unquoted identifiers, lower case
   */
  protected AbstractDialect(
      String name,
      char quote,
      int maxIdentifierLength,
      Set<ReferentialAction> actions,
      Map<Class<?>, String> columnTypes,
      Set<String> reservedWords) {
    this.name = name;
    this.quote = quote;
    this.maxIdentifierLength = maxIdentifierLength;
    this.actions = Set.copyOf(actions);
    this.columnTypes = Map.copyOf(columnTypes);
    this.reservedWords = Set.copyOf(reservedWords);
  }

  /** The column types shared by H2 and PostgreSQL, as a mutable map dialects adjust. */
  protected static Map<Class<?>, String> standardColumnTypes() {
    Map<Class<?>, String> types = new LinkedHashMap<>();
    types.put(Long.class, "BIGINT");
    types.put(Integer.class, "INTEGER");
    types.put(Short.class, "SMALLINT");
    types.put(Byte.class, "SMALLINT");
    types.put(Boolean.class, "BOOLEAN");
    types.put(String.class, "VARCHAR(255)");
    types.put(BigDecimal.class, "DECIMAL(19,4)");
    types.put(BigInteger.class, "DECIMAL(38,0)");
    types.put(Double.class, "DOUBLE PRECISION");
    types.put(Float.class, "REAL");
    types.put(LocalDate.class, "DATE");
    types.put(LocalTime.class, "TIME(6)"); // microseconds: a bare TIME keeps none on H2 and MariaDB
    types.put(LocalDateTime.class, "TIMESTAMP");
    types.put(OffsetDateTime.class, "TIMESTAMP WITH TIME ZONE");
    types.put(Instant.class, "TIMESTAMP WITH TIME ZONE");
    types.put(UUID.class, "UUID");
    types.put(byte[].class, "VARBINARY");
    return types;
  }

  /** The type of a generated column, given the SQL type of the integral Java type. */
  protected abstract String identity(String integralColumnType);

  @Override
  public String name() {
    return name;
  }

  @Override
  public String quote(String identifier) {
    if (!needsQuotes(identifier)) {
      return identifier;
    }
    String q = String.valueOf(quote);
    return q + identifier.replace(q, q + q) + q;
  }

  @Override
  public boolean needsQuotes(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    if (identifier.isEmpty()) {
      throw new IllegalArgumentException("An empty identifier cannot be quoted");
    }
    return !PLAIN.matcher(identifier).matches() || reservedWords.contains(identifier);
  }

  /**
   * What plain SQL writes without quotes and every database reads back as written (or folds to
   * upper case).
   */
  private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9_]*");

  @Override
  public int maxIdentifierLength() {
    return maxIdentifierLength;
  }

  @Override
  public boolean supports(ReferentialAction action) {
    return actions.contains(action);
  }

  @Override
  public boolean supportsType(Class<?> javaType) {
    Class<?> boxed = AttributeTypes.box(javaType);
    return columnTypes.containsKey(boxed) || boxed.isEnum();
  }

  @Override
  public String columnType(Class<?> javaType) {
    Class<?> boxed = AttributeTypes.box(javaType);
    if (boxed.isEnum()) {
      return ENUM_TYPE;
    }
    String type = columnTypes.get(boxed);
    if (type == null) {
      throw new IllegalArgumentException(
          name
              + " has no column type for "
              + javaType.getSimpleName()
              + "; use "
              + AttributeTypes.describeSupported());
    }
    return type;
  }

  @Override
  public String identityColumnType(Class<?> javaType) {
    if (!AttributeTypes.isIntegral(javaType)) {
      throw new IllegalArgumentException(
          name
              + " cannot generate "
              + javaType.getSimpleName()
              + " values; a generated column must be "
              + AttributeTypes.describeIntegral());
    }
    return identity(columnType(javaType));
  }

  @Override
  public String toString() {
    return name;
  }

  /** {@link #insert(String, List)} of the key columns, then the others. */
  protected String insert(String table, List<String> key, List<String> others) {
    return insert(table, Stream.concat(key.stream(), others.stream()).toList());
  }

  /** {@code INSERT INTO table (columns) VALUES (?, ...)}, quoted. */
  protected String insert(String table, List<String> columns) {
    return "INSERT INTO "
        + quote(table)
        + " ("
        + columns.stream().map(this::quote).collect(Collectors.joining(", "))
        + ") VALUES ("
        + String.join(", ", Collections.nCopies(columns.size(), "?"))
        + ")";
  }
}
