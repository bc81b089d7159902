package dev.associations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.AssociationsException;
import dev.associations.Problem;
import dev.associations.autoconfigure.brokenrepository.BrokenPersonRepository;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each of the four startup failures, from a context that does not start to Boot's report. */
class AssociationsFailureAnalyzerTest {

  private static final String PACKAGE = "dev.associations.autoconfigure.";

  /** The auto-configuration on a fresh in-memory H2, with the models of a test package. */
  private static ApplicationContextRunner onH2(String modelPackage) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                AssociationsAutoConfiguration.class))
        .withPropertyValues(
            "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
            "associations.model-packages=" + PACKAGE + modelPackage);
  }

  /** The analysis of the failure that stopped the context. */
  private static FailureAnalysis analysis(ApplicationContextRunner runner) {
    Throwable[] failure = new Throwable[1];
    runner.run(context -> failure[0] = context.getStartupFailure());
    assertThat(failure[0]).as("the context must not start").isNotNull();
    FailureAnalysis analysis = new AssociationsFailureAnalyzer().analyze(failure[0]);
    assertThat(analysis).as("analysis of %s", failure[0]).isNotNull();
    return analysis;
  }

  @Test
  void describesEveryModelDefinitionProblemAndEveryFix() {
    FailureAnalysis analysis =
        analysis(
            new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AssociationsAutoConfiguration.class))
                .withPropertyValues("associations.model-packages=" + PACKAGE + "broken"));

    assertThat(analysis.getDescription().lines())
        .containsSubsequence("The model definitions have 2 problems:")
        .contains("Label: has no primary key", "Tag: has no primary key");
    assertThat(analysis.getAction().lines()).first().isEqualTo("Fix the model definitions:");
    assertThat(analysis.getAction().lines().skip(1))
        .hasSize(2)
        .allMatch(line -> line.matches("(Label|Tag): annotate its id field with @PrimaryKey.*"));
  }

  @Test
  void describesEveryRepositoryDefinitionProblemAndEveryFix() {
    FailureAnalysis analysis =
        analysis(
            onH2("models")
                .withInitializer(
                    context ->
                        AutoConfigurationPackages.register(
                            (BeanDefinitionRegistry) context.getBeanFactory(),
                            PACKAGE + "models",
                            PACKAGE + "brokenrepository")));

    assertThat(analysis.getDescription().lines()).hasSize(3);
    assertThat(analysis.getDescription().lines())
        .element(0)
        .isEqualTo(
            "The repository definition "
                + BrokenPersonRepository.class.getName()
                + " has 2 problems:");
    assertThat(analysis.getDescription().lines())
        .element(1)
        .isEqualTo(
            "BrokenPersonRepository.countByName: its"
                + " parameter #1 (int) does not fit 'name', which holds String");
    assertThat(analysis.getDescription().lines())
        .element(2)
        .asString()
        .startsWith(
            "BrokenPersonRepository.findByNmae: its name does not parse as a query on Person: No property"
                + " 'nmae' found for type 'Person'");
    assertThat(analysis.getAction().lines())
        .containsExactly(
            "Fix the repository interface:",
            "BrokenPersonRepository.countByName: declare it as String",
            "BrokenPersonRepository.findByNmae: name attributes or associations of Person; its attributes are"
                + " [id, name], its associations []");
  }

  @Test
  void describesEverySchemaGenerationProblemAndEveryFix() {
    String table = "a_long_tablename".repeat(17);
    FailureAnalysis analysis =
        analysis(onH2("longname").withPropertyValues("associations.schema.mode=create"));

    assertThat(analysis.getDescription().lines())
        .containsExactly(
            "The schema generation from the models found 1 problem:",
            table + ": the table name has 272 characters, H2 accepts at most 256");
    assertThat(analysis.getAction().lines())
        .containsExactly(
            "Change the models so that the database accepts their schema:",
            table
                + ": shorten it: @Model(table = \"...\") for a model's table, @Through(table = \"...\") for a join table");
  }

  @Test
  void describesEverySchemaDifferenceAndEveryFix() {
    FailureAnalysis analysis =
        analysis(onH2("models").withPropertyValues("associations.schema.mode=validate"));

    assertThat(analysis.getDescription().lines())
        .containsExactly(
            "The schema validation found 2 differences between the database and the models:",
            "driving_licenses: table is missing",
            "people: table is missing");
    assertThat(analysis.getAction().lines())
        .hasSize(3)
        .first()
        .isEqualTo("Migrate the database or change the models:");
    assertThat(analysis.getAction().lines().skip(1))
        .allMatch(
            line ->
                line.matches(
                    "(people|driving_licenses): create it by a migration \\(SchemaGenerator's createScript\\(\\) has its CREATE"
                        + " TABLE\\), or change the models so that they no longer declare it"));
  }

  @Test
  void describesAnyOtherMemberOfTheFamilyByItsProblems() {
    AssociationsException other =
        new AssociationsException(
            "1 other problem", List.of(new Problem("Somewhere", "what is wrong", "how to fix"))) {};
    FailureAnalysis analysis = new AssociationsFailureAnalyzer().analyze(other);
    assertThat(analysis.getDescription())
        .isEqualTo("Associations for Spring found 1 problem:\nSomewhere: what is wrong");
    assertThat(analysis.getAction()).isEqualTo("Fix these problems:\nSomewhere: how to fix");
  }

  @Test
  void ignoresOtherFailures() {
    assertThat(new AssociationsFailureAnalyzer().analyze(new IllegalStateException("other")))
        .isNull();
  }

  @Test
  void isTheFailureAnalyzerRegisteredInSpringFactories() throws IOException {
    StringBuilder analyzers = new StringBuilder();
    for (URL url :
        Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
      Properties factories = new Properties();
      try (InputStream in = url.openStream()) {
        factories.load(in);
      }
      analyzers.append(factories.getProperty(FailureAnalyzer.class.getName(), "")).append(',');
    }
    assertThat(analyzers.toString()).contains(AssociationsFailureAnalyzer.class.getName());
  }
}
