package dev.associations.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingStrategyTest {

  @Test
  void defaultIsSnakeCaseWithPluralTables() {
    assertThat(NamingStrategy.DEFAULT).isEqualTo(new NamingStrategy(true, true));
    assertThat(NamingStrategy.DEFAULT.tableName("DrivingLicense", "DrivingLicenses"))
        .isEqualTo("driving_licenses");
    assertThat(NamingStrategy.DEFAULT.tableName("Person", "People")).isEqualTo("people");
    assertThat(NamingStrategy.DEFAULT.columnName("ownerId")).isEqualTo("owner_id");
  }

  @ParameterizedTest(name = "underscored={0}, plural={1}: {2}/{3} -> {4}")
  @CsvSource({
    "true,  true,  DrivingLicense, DrivingLicenses, driving_licenses",
    "true,  false, DrivingLicense, DrivingLicenses, driving_license",
    "false, true,  DrivingLicense, DrivingLicenses, DrivingLicenses",
    "false, false, DrivingLicense, DrivingLicenses, DrivingLicense",
    "true,  true,  Person,         People,          people",
    "true,  false, Person,         People,          person",
    "false, true,  Person,         People,          People",
    "false, false, Person,         People,          Person"
  })
  void tableNameInEachMode(
      boolean underscored,
      boolean plural,
      String singularName,
      String pluralName,
      String expected) {
    assertThat(new NamingStrategy(underscored, plural).tableName(singularName, pluralName))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "underscored={0}: {1} -> {2}")
  @CsvSource({
    "true,  ownerId,      owner_id",
    "true,  id,           id",
    "true,  createdAt,    created_at",
    "true,  license_name, license_name",
    "false, ownerId,      ownerId",
    "false, createdAt,    createdAt"
  })
  void columnNameInEachMode(boolean underscored, String attribute, String expected) {
    assertThat(new NamingStrategy(underscored, true).columnName(attribute)).isEqualTo(expected);
    assertThat(new NamingStrategy(underscored, false).columnName(attribute)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ownerId, owner_id",
    "DrivingLicense, driving_license",
    "DrivingLicenses, driving_licenses",
    "People, people",
    "HTMLPage, html_page",
    "userID, user_id",
    "userIDs, user_ids",
    "URLs, urls",
    "orderV2, order_v2",
    "v2Order, v2_order",
    "line2Total, line2_total",
    "address2, address2",
    "already_snake, already_snake",
    "foo_Bar, foo_bar",
    "id, id",
    "ID, id",
    "ABC, abc",
    "'', ''"
  })
  void underscoredColumnNamesAreSnakeCase(String name, String expected) {
    assertThat(NamingStrategy.DEFAULT.columnName(name)).isEqualTo(expected);
  }
}
