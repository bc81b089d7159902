package dev.associations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.dialect.Dialects;
import dev.associations.metadata.AttributeMetadata;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DefaultValuesTest {

  @Test
  void rendersNumbersVerbatim() {
    assertThat(render(Long.class, "42")).isEqualTo("42");
    assertThat(render(int.class, "-7")).isEqualTo("-7");
    assertThat(render(BigDecimal.class, "-2.50")).isEqualTo("-2.50");
    assertThat(render(Double.class, "1e3")).isEqualTo("1e3");
  }

  @Test
  void rejectsWhatIsNotANumberOfTheType() {
    assertThatThrownBy(() -> render(Integer.class, "many"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "default value 'many' does not fit Integer — write a whole number such as 0 that fits an Integer");
    assertThatThrownBy(() -> render(Long.class, "1.5")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> render(Double.class, "1,5"))
        .hasMessageContaining("a number such as 0.5");
    assertThatThrownBy(() -> render(Long.class, "0; DROP TABLE people"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsValuesOutOfRangeAndTemporalOrUuidValuesThatDoNotParse() {
    assertThatThrownBy(() -> render(Byte.class, "300")).hasMessageContaining("from -128 to 127");
    assertThatThrownBy(() -> render(Integer.class, "99999999999"))
        .hasMessageContaining("fits an Integer");
    assertThatThrownBy(() -> render(java.time.LocalDate.class, "soon"))
        .hasMessageContaining("ISO date");
    assertThatThrownBy(() -> render(java.util.UUID.class, "x")).hasMessageContaining("a UUID");
    assertThat(render(java.time.LocalDate.class, "2024-01-31")).isEqualTo("'2024-01-31'");
  }

  @Test
  void rendersBooleansAsKeywords() {
    assertThat(render(Boolean.class, "true")).isEqualTo("TRUE");
    assertThat(render(boolean.class, "FALSE")).isEqualTo("FALSE");
    assertThatThrownBy(() -> render(Boolean.class, "yes"))
        .hasMessageContaining("write true or false");
  }

  @Test
  void quotesEverythingElseAsAStringLiteral() {
    assertThat(render(String.class, "it's")).isEqualTo("'it''s'");
    assertThat(render(LocalDate.class, "2024-01-31")).isEqualTo("'2024-01-31'");
    assertThat(render(UUID.class, "00000000-0000-0000-0000-000000000000"))
        .isEqualTo("'00000000-0000-0000-0000-000000000000'");
  }

  @Test
  void escapesBackslashesOnMariaDbOnly() {
    assertThat(DefaultValues.render(attribute(String.class, "a\\b'c"), Dialects.MARIADB))
        .isEqualTo("'a\\\\b''c'");
    assertThat(DefaultValues.render(attribute(String.class, "a\\b'c"), Dialects.POSTGRESQL))
        .isEqualTo("'a\\b''c'");
  }

  private static String render(Class<?> type, String value) {
    return DefaultValues.render(attribute(type, value), Dialects.H2);
  }

  private static AttributeMetadata attribute(Class<?> type, String value) {
    return new AttributeMetadata("value", "value", type, true, value, false, false, null);
  }
}
