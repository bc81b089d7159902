package dev.associations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.autoconfigure.models.DrivingLicense;
import dev.associations.autoconfigure.models.Person;
import dev.associations.dialect.Dialects;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import dev.associations.schema.SchemaValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AssociationsSchemaTest {

  private static final String MODELS = "dev.associations.autoconfigure.models";

  /** Kept open after the context closes, so that a test can look at what it left behind. */
  private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  AssociationsAutoConfiguration.class))
          .withPropertyValues(
              "spring.datasource.url=" + url, "associations.model-packages=" + MODELS);

  private List<String> tables() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet rows =
            connection.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(
            rows.getString("TABLE_NAME")
                .toLowerCase(Locale.ROOT)); // H2 folds bare names to upper case
      }
      return names;
    }
  }

  @Test
  void embeddedModeCreatesTheTablesOnAnEmbeddedDatabase() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(AssociationsSchemaInitializer.class);
          assertThat(tables()).containsExactlyInAnyOrder("people", "driving_licenses");
        });
  }

  @Test
  void embeddedModeKeepsTheTablesOnClose() throws SQLException {
    runner.run(context -> assertThat(tables()).isNotEmpty());
    assertThat(tables()).containsExactlyInAnyOrder("people", "driving_licenses");
  }

  @Test
  void theCreateScriptIsWrittenToTheDdlFileWhateverTheMode(@TempDir Path directory)
      throws IOException {
    Path file = directory.resolve("db/migration/V1__associations.sql");
    runner
        .withPropertyValues("associations.schema.mode=none", "associations.schema.ddl-file=" + file)
        .run(
            context -> {
              assertThat(tables()).isEmpty();
              String script = Files.readString(file);
              assertThat(script)
                  .contains(
                      "CREATE TABLE people (",
                      "CREATE TABLE driving_licenses (",
                      "REFERENCES people (id)");
              // the script is exactly what the schema mode would have executed, and it runs
              try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                for (String statement : script.split(";")) {
                  if (!statement.isBlank()) {
                    connection.createStatement().execute(statement);
                  }
                }
              }
              assertThat(tables()).containsExactlyInAnyOrder("people", "driving_licenses");
            });
  }

  @Test
  void noneModeCreatesNothing() {
    runner
        .withPropertyValues("associations.schema.mode=none")
        .run(context -> assertThat(tables()).isEmpty());
  }

  @Test
  void createDropModeDropsTheTablesOnClose() throws SQLException {
    runner
        .withPropertyValues("associations.schema.mode=create-drop")
        .run(
            context ->
                assertThat(tables()).containsExactlyInAnyOrder("people", "driving_licenses"));
    assertThat(tables()).isEmpty();
  }

  @Test
  void validateModeFailsTheContextWhenTheSchemaIsMissing() {
    runner
        .withPropertyValues("associations.schema.mode=validate")
        .run(
            context -> {
              assertThat(context)
                  .hasFailed()
                  .getFailure()
                  .rootCause()
                  .isInstanceOf(SchemaValidationException.class)
                  .hasMessageContaining("table is missing");
              assertThat(tables()).isEmpty();
            });
  }

  @Test
  void validateModePassesWhenTheSchemaMatches() {
    runner
        .withPropertyValues("associations.schema.mode=create")
        .run(context -> assertThat(context).hasNotFailed());
    runner
        .withPropertyValues("associations.schema.mode=validate")
        .run(context -> assertThat(context).hasNotFailed().hasBean("associationsSchemaValidator"));
  }

  @Test
  void anApplicationWithItsOwnSchemaGeneratorKeepsTheSchemaToItself() {
    runner
        .withUserConfiguration(SampleLikeConfiguration.class)
        .run(
            context -> {
              assertThat(context)
                  .hasNotFailed()
                  .doesNotHaveBean(AssociationsSchemaInitializer.class);
              assertThat(context).hasSingleBean(AssociationRegistry.class);
              assertThat(tables()).containsExactlyInAnyOrder("people", "driving_licenses");
            });
  }

  /** What the sample application does: its own registry, and a generator creating the schema. */
  @Configuration(proxyBeanMethods = false)
  static class SampleLikeConfiguration {

    @Bean
    AssociationRegistry associationRegistry(DataSource dataSource) {
      return AssociationRegistry.builder()
          .dialect(Dialects.detect(dataSource))
          .addModels(Person.class, DrivingLicense.class)
          .build();
    }

    @Bean
    SchemaGenerator schemaGenerator(AssociationRegistry registry, DataSource dataSource) {
      SchemaGenerator generator = new SchemaGenerator(registry, Dialects.detect(dataSource));
      generator.create(dataSource);
      return generator;
    }
  }
}
