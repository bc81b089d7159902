package dev.associations.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingStrategyTest {

  @Test
  void defaultIsSnakeCaseWithPluralTables() {
    assertThat(NamingStrategy.DEFAULT.tableName("DrivingLicense", "DrivingLicenses")).isEqualTo("driving_licenses");
    assertThat(NamingStrategy.DEFAULT.tableName("Person", "People")).isEqualTo("people");
    assertThat(NamingStrategy.DEFAULT.columnName("ownerId")).isEqualTo("owner_id");
  }

  @Test
  void verbatimAndSingularVariants() {
    NamingStrategy verbatim = new NamingStrategy(false, true);
    assertThat(verbatim.tableName("Person", "People")).isEqualTo("People");
    assertThat(verbatim.columnName("ownerId")).isEqualTo("ownerId");
    assertThat(new NamingStrategy(true, false).tableName("DrivingLicense", "DrivingLicenses")).isEqualTo("driving_license");
  }

  @ParameterizedTest
  @CsvSource({"ownerId, owner_id", "DrivingLicense, driving_license", "HTMLPage, html_page",
      "userID, user_id", "orderV2, order_v2", "already_snake, already_snake", "id, id", "ABC, abc"})
  void snakeCase(String name, String expected) {
    assertThat(NamingStrategy.snakeCase(name)).isEqualTo(expected);
  }

  @Test
  void camelCaseAndCaseHelpers() {
    assertThat(NamingStrategy.camelCase("owner", "id")).isEqualTo("ownerId");
    assertThat(NamingStrategy.camelCase("Person", "id")).isEqualTo("personId");
    assertThat(NamingStrategy.camelCase("order", "version")).isEqualTo("orderVersion");
    assertThat(NamingStrategy.lowerFirst("Person")).isEqualTo("person");
    assertThat(NamingStrategy.upperFirst("id")).isEqualTo("Id");
    assertThat(NamingStrategy.lowerFirst("")).isEmpty();
  }

  @Test
  void constraintNamesAreShortenedWithAStableHash() {
    String shortName = ConstraintNames.of("fk", "driving_licenses", List.of("owner_id"));
    assertThat(shortName).isEqualTo("fk_driving_licenses_owner_id");
    String table = "t".repeat(70);
    String first = ConstraintNames.of("fk", table, List.of("a"));
    String second = ConstraintNames.of("fk", table, List.of("b"));
    assertThat(first).hasSize(ConstraintNames.MAX_LENGTH).isNotEqualTo(second)
        .isEqualTo(ConstraintNames.of("fk", table, List.of("a")));
  }
}
