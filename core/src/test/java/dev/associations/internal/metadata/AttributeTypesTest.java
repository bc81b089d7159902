package dev.associations.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.dialect.Dialect;
import dev.associations.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one list of supported attribute types, and the places that must agree with it. */
class AttributeTypesTest {

  @Test
  void everyBuiltInDialectHasAColumnTypeForEverySupportedType() {
    for (Dialect dialect :
        List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MARIADB, Dialects.MYSQL)) {
      AttributeTypes.supported()
          .forEach(
              type -> assertThat(dialect.columnType(type)).as(dialect + " " + type).isNotBlank());
    }
  }

  @Test
  void theReadmeListsExactlyTheSupportedTypes() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md")).replaceAll("\\s+", " ");
    Matcher sentence =
        Pattern.compile("Supported attribute types: (.*?) and enums").matcher(readme);
    assertThat(sentence.find()).as("the README's 'Supported attribute types:' sentence").isTrue();
    List<String> listed =
        Pattern.compile("`([^`]+)`")
            .matcher(sentence.group(1))
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(listed)
        .containsExactlyElementsOf(
            AttributeTypes.supported().stream().map(Class::getSimpleName).toList());
  }

  @Test
  void messagesNameTheTypesInTheSameOrder() {
    assertThat(AttributeTypes.describeSupported())
        .isEqualTo(
            "Long, Integer, Short, Byte, Boolean, Double, Float, "
                + "String, BigDecimal, BigInteger, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant, UUID, byte[]"
                + " or an enum");
  }

  @Test
  void onlyLongIntegerAndShortCanBeGenerated() {
    assertThat(AttributeTypes.supported().stream().filter(AttributeTypes::isIntegral))
        .containsExactly(Long.class, Integer.class, Short.class);
    assertThat(AttributeTypes.integral()).containsExactly(Long.class, Integer.class, Short.class);
    assertThat(AttributeTypes.describeIntegral()).isEqualTo("Long, Integer or Short");
    assertThat(AttributeTypes.isIntegral(long.class)).isTrue();
  }
}
