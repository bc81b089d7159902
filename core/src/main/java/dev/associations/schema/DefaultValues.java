package dev.associations.schema;

import dev.associations.dialect.Dialect;
import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.metadata.AttributeMetadata;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders an attribute's default value as SQL: a number verbatim once it parses as one (a whole
 * number for integral types), a Boolean as {@code TRUE} or {@code FALSE}, anything else as a string
 * literal.
 */
final class DefaultValues {

  private DefaultValues() {}

  /**
   * The SQL of the attribute's default value; only for an attribute that has one.
   *
   * @throws IllegalArgumentException when the value does not fit the attribute's type
   */
  static String render(AttributeMetadata attribute, Dialect dialect) {
    String value = Objects.requireNonNull(attribute.defaultValue(), "a default value");
    Class<?> type = AttributeTypes.box(attribute.javaType());
    String expected = AttributeTypes.defaultValueMismatch(type, value);
    if (expected != null) {
      throw new IllegalArgumentException(
          "default value '"
              + value
              + "' does not fit "
              + type.getSimpleName()
              + " — write "
              + expected);
    }
    if (type == Boolean.class) {
      return value.toUpperCase(Locale.ROOT);
    }
    if (Number.class.isAssignableFrom(type)) {
      return value;
    }
    return dialect.stringLiteral(value);
  }
}
