package dev.associations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaValidationException;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code associations.schema.mode=create} on a persistent database: the first start creates the
 * tables, the next ones create only what is missing and validate the rest.
 */
class SchemaRestartTest {

  private static ApplicationContextRunner runner(TestDatabase db) {
    List<String> properties = new ArrayList<>();
    db.springProperties().forEach((name, value) -> properties.add(name + "=" + value));
    properties.add("associations.schema.mode=create");
    properties.add("associations.model-packages=dev.associations.autoconfigure.models");
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                AssociationsAutoConfiguration.class))
        .withPropertyValues(properties.toArray(String[]::new));
  }

  private static long rows(TestDatabase db, String table) {
    return db.jdbc()
        .queryForObject("SELECT COUNT(*) FROM " + db.dialect().quote(table), Long.class);
  }

  @OnEachDatabase
  void createModeStartsAgainCreatingWhatIsMissingAndValidatingTheRest(TestDatabase db) {
    runner(db).run(context -> assertThat(context).hasNotFailed());
    db.jdbc().update("INSERT INTO people (name) VALUES ('Ann')");

    runner(db).run(context -> assertThat(context).hasNotFailed());
    assertThat(rows(db, "people")).isEqualTo(1); // kept

    db.jdbc().execute("DROP TABLE driving_licenses");
    runner(db)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(rows(db, "driving_licenses")).isZero(); // created again
            });

    String[] key = new String[1];
    runner(db)
        .run(
            context ->
                key[0] =
                    context
                        .getBean(AssociationRegistry.class)
                        .foreignKeys()
                        .get(0)
                        .constraintName());
    db.jdbc().execute(db.dialect().dropForeignKey("driving_licenses", key[0]));
    runner(db)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(SchemaValidationException.class)
                  .hasMessageContaining("is missing (expected as " + key[0] + ")");
            });
  }
}
