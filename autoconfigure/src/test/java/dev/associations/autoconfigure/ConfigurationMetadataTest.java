package dev.associations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration processor documents every property, so IDEs complete and explain them. */
class ConfigurationMetadataTest {

  private static DocumentContext associationsMetadata() throws IOException {
    for (URL url : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        DocumentContext metadata = JsonPath.parse(in);
        List<String> groups = metadata.read("$.groups[*].name");
        if (groups.contains("associations")) {
          return metadata;
        }
      }
    }
    throw new AssertionError("no configuration metadata with the group 'associations'");
  }

  @Test
  void everyPropertyIsDescribed() throws IOException {
    List<Map<String, Object>> properties = associationsMetadata().read("$.properties[*]");

    assertThat(properties).extracting(p -> p.get("name")).containsExactlyInAnyOrder(
        "associations.model-packages",
        "associations.foreign-keys.on-delete-when-nullable",
        "associations.foreign-keys.on-delete-when-not-null",
        "associations.foreign-keys.on-update",
        "associations.foreign-keys.constraints",
        "associations.naming.underscored",
        "associations.naming.plural-table-names",
        "associations.repositories.enabled",
        "associations.schema.mode");
    assertThat(properties).allSatisfy(p -> assertThat((String) p.get("description")).isNotBlank());
  }

  @Test
  void defaultsAreRecorded() throws IOException {
    DocumentContext metadata = associationsMetadata();

    assertThat(metadata.<List<Object>>read(
        "$.properties[?(@.name == 'associations.foreign-keys.constraints')].defaultValue"))
        .containsExactly(true);
    assertThat(metadata.<List<Object>>read(
        "$.properties[?(@.name == 'associations.naming.underscored')].defaultValue"))
        .containsExactly(true);
    assertThat(metadata.<List<Object>>read(
        "$.properties[?(@.name == 'associations.foreign-keys.on-delete-when-nullable')].defaultValue"))
        .containsExactly("set-null");
    assertThat(metadata.<List<Object>>read(
        "$.properties[?(@.name == 'associations.repositories.enabled')].defaultValue"))
        .containsExactly(true);
    assertThat(metadata.<List<Object>>read(
        "$.properties[?(@.name == 'associations.schema.mode')].defaultValue"))
        .containsExactly("embedded");
  }

  @Test
  void actionHintsOfferOnlyConcreteActions() throws IOException {
    DocumentContext metadata = associationsMetadata();

    assertThat(metadata.<List<String>>read(
        "$.hints[?(@.name == 'associations.foreign-keys.on-delete-when-nullable')].values[*].value"))
        .containsExactly("cascade", "restrict", "no-action", "set-null", "set-default");
    assertThat(metadata.<List<String>>read(
        "$.hints[?(@.name == 'associations.foreign-keys.on-delete-when-not-null')].values[*].value"))
        .containsExactly("cascade", "restrict", "no-action", "set-default");
  }
}
