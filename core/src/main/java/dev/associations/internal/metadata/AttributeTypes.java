package dev.associations.internal.metadata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.NumberUtils;

/**
 * The Java types an attribute may have, whatever the database: one list, from which the supported
 * set, the integral (generated key) types, the default value checks and the message naming them
 * derive. Each dialect maps them to column types, and the README lists them; tests check both
 * against {@link #supported()}.
 */
public final class AttributeTypes {

  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          long.class,
          Long.class,
          int.class,
          Integer.class,
          short.class,
          Short.class,
          byte.class,
          Byte.class,
          boolean.class,
          Boolean.class,
          double.class,
          Double.class,
          float.class,
          Float.class,
          char.class,
          Character.class);

  /**
   * A supported type: whether the database can generate its values, and how a default value is
   * checked ({@code null}: any text fits).
   */
  private record Supported(Class<?> type, boolean integral, @Nullable DefaultCheck defaultCheck) {

    static Supported of(Class<?> type) {
      return new Supported(type, false, null);
    }

    static Supported of(Class<?> type, Function<String, Object> parser, String expected) {
      return new Supported(type, false, new DefaultCheck(parser, expected));
    }

    Supported generated() {
      return new Supported(type, true, defaultCheck);
    }
  }

  /** Every supported type, in the order messages and the README name them. */
  private static final List<Supported> TYPES =
      List.of(
          Supported.of(Long.class, Long::parseLong, "a whole number such as 0 that fits a Long")
              .generated(),
          Supported.of(
                  Integer.class, Integer::parseInt, "a whole number such as 0 that fits an Integer")
              .generated(),
          Supported.of(Short.class, Short::parseShort, "a whole number from -32768 to 32767")
              .generated(),
          Supported.of(Byte.class, Byte::parseByte, "a whole number from -128 to 127"),
          Supported.of(Boolean.class),
          Supported.of(
              Double.class,
              v -> Double.isFinite(new BigDecimal(v).doubleValue()),
              "a number such as 0.5"),
          Supported.of(
              Float.class,
              v -> Float.isFinite(new BigDecimal(v).floatValue()),
              "a number such as 0.5"),
          Supported.of(String.class),
          Supported.of(BigDecimal.class, BigDecimal::new, "a number such as 0.5"),
          Supported.of(BigInteger.class, BigInteger::new, "a whole number such as 0"),
          Supported.of(LocalDate.class, LocalDate::parse, "an ISO date such as 2024-01-31"),
          Supported.of(LocalTime.class, LocalTime::parse, "an ISO time such as 13:45:00"),
          Supported.of(
              LocalDateTime.class,
              LocalDateTime::parse,
              "an ISO date-time such as 2024-01-31T13:45:00"),
          Supported.of(
              OffsetDateTime.class,
              OffsetDateTime::parse,
              "an ISO date-time with offset such as 2024-01-31T13:45:00Z"),
          Supported.of(
              Instant.class, Instant::parse, "an ISO instant such as 2024-01-31T13:45:00Z"),
          Supported.of(
              UUID.class,
              v -> UUID.fromString(v).toString().equalsIgnoreCase(v),
              "a UUID such as 123e4567-e89b-12d3-a456-426614174000"),
          Supported.of(byte[].class));

  private static final Map<Class<?>, Supported> BY_TYPE =
      TYPES.stream().collect(Collectors.toUnmodifiableMap(Supported::type, t -> t));

  private AttributeTypes() {}

  /**
   * Every supported type but enums (which are all supported), boxed, in the order messages name
   * them.
   */
  static List<Class<?>> supported() {
    return TYPES.stream().<Class<?>>map(Supported::type).toList();
  }

  /**
   * The types the database can generate (identity / auto-increment), in the order messages name
   * them.
   */
  public static List<Class<?>> integral() {
    return TYPES.stream().filter(Supported::integral).<Class<?>>map(Supported::type).toList();
  }

  /** The integral type names, for messages: {@code Long, Integer or Short}. */
  public static String describeIntegral() {
    List<String> names = integral().stream().map(Class::getSimpleName).toList();
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  /** The wrapper of a primitive type, or the type itself. */
  public static Class<?> box(Class<?> type) {
    return BOXES.getOrDefault(type, type);
  }

  /** Whether values of this type can be stored as a column (enums included, as text). */
  public static boolean isSupported(Class<?> type) {
    Class<?> boxed = box(type);
    return BY_TYPE.containsKey(boxed) || boxed.isEnum();
  }

  /** Whether this type can be generated by the database (identity / auto-increment). */
  public static boolean isIntegral(Class<?> type) {
    Supported supported = BY_TYPE.get(box(type));
    return supported != null && supported.integral();
  }

  /**
   * What a default value of this type must look like, when {@code value} does not fit it, or {@code
   * null} when it fits: numbers must parse (whole numbers for integral types), Booleans be {@code
   * true} or {@code false}; any text fits the other types.
   */
  public static @Nullable String defaultValueMismatch(Class<?> type, String value) {
    Class<?> boxed = box(type);
    if (boxed == Boolean.class) {
      return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
          ? null
          : "true or false";
    }
    if (boxed.isEnum()) {
      List<String> constants =
          Arrays.stream(boxed.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      return constants.contains(value) ? null : "one of " + constants;
    }
    Supported supported = BY_TYPE.get(boxed);
    DefaultCheck check = supported == null ? null : supported.defaultCheck();
    return check == null || check.accepts(value) ? null : check.expected();
  }

  /** Whether a default value parses as a value of its type, and what one that does looks like. */
  private record DefaultCheck(Function<String, Object> parser, String expected) {

    boolean accepts(String value) {
      try {
        Object parsed = parser.apply(value);
        return !(parsed instanceof Boolean valid) || valid;
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  /**
   * A value as a value of this attribute type: itself when it is one, a whole number of another
   * integral type converted when it fits; otherwise empty (strings are not parsed: a database might
   * read {@code "102 OR 1=1"} as 102).
   */
  public static Optional<Object> asType(Object value, Class<?> type) {
    Class<?> boxed = box(type);
    if (boxed.isInstance(value)) {
      return Optional.of(value);
    }
    if (WHOLE_NUMBERS.contains(boxed) && WHOLE_NUMBERS.contains(value.getClass())) {
      try {
        return Optional.of(
            NumberUtils.convertNumberToTargetClass((Number) value, boxed.asSubclass(Number.class)));
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // out of range
      }
    }
    return Optional.empty();
  }

  /** The whole number types a value may be converted between. */
  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(Long.class, Integer.class, Short.class, Byte.class, BigInteger.class);

  /** The supported type names, for messages: {@code Long, Integer, ..., byte[] or an enum}. */
  public static String describeSupported() {
    return TYPES.stream().map(t -> t.type().getSimpleName()).collect(Collectors.joining(", "))
        + " or an enum";
  }
}
