package dev.associations.internal.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
    "owner, id, ownerId",
    "Person, id, personId",
    "order, version, orderVersion",
    "DrivingLicense, Id, drivingLicenseId"
  })
  void camelCaseJoinsTwoParts(String first, String second, String expected) {
    assertThat(Words.camelCase(first, second)).isEqualTo(expected);
  }

  @Test
  void camelCaseWithOneOrManyParts() {
    assertThat(Words.camelCase("Person")).isEqualTo("person");
    assertThat(Words.camelCase("order", "line", "id")).isEqualTo("orderLineId");
    assertThat(Words.camelCase("owner", "", "id")).isEqualTo("ownerId");
  }

  @Test
  void lowerFirstAndUpperFirstChangeOnlyTheFirstCharacter() {
    assertThat(Words.lowerFirst("Person")).isEqualTo("person");
    assertThat(Words.lowerFirst("DrivingLicense")).isEqualTo("drivingLicense");
    assertThat(Words.lowerFirst("owner")).isEqualTo("owner");
    assertThat(Words.lowerFirst("")).isEmpty();
    assertThat(Words.upperFirst("id")).isEqualTo("Id");
    assertThat(Words.upperFirst("drivingLicense")).isEqualTo("DrivingLicense");
    assertThat(Words.upperFirst("Id")).isEqualTo("Id");
    assertThat(Words.upperFirst("")).isEmpty();
  }
}
