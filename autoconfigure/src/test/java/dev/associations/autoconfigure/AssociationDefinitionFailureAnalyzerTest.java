package dev.associations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AssociationDefinitionFailureAnalyzerTest {

  private static Throwable brokenContextFailure() {
    Throwable[] failure = new Throwable[1];
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AssociationsAutoConfiguration.class))
        .withPropertyValues("associations.model-packages=dev.associations.autoconfigure.broken")
        .run(context -> failure[0] = context.getStartupFailure());
    assertThat(failure[0]).isNotNull();
    return failure[0];
  }

  @Test
  void describesEveryProblemAndEveryFix() {
    FailureAnalysis analysis = new AssociationDefinitionFailureAnalyzer().analyze(brokenContextFailure());

    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription().lines()).containsSubsequence(
        "The model definitions have 2 problems:").contains(
        "Label: has no primary key", "Tag: has no primary key");
    assertThat(analysis.getAction().lines()).first().isEqualTo("Fix the model definitions:");
    assertThat(analysis.getAction().lines().skip(1)).hasSize(2)
        .allMatch(line -> line.matches("(Label|Tag): annotate its id field with @PrimaryKey.*"));
  }

  @Test
  void ignoresOtherFailures() {
    assertThat(new AssociationDefinitionFailureAnalyzer().analyze(new IllegalStateException("other")))
        .isNull();
  }

  @Test
  void isRegisteredInSpringFactories() throws IOException {
    boolean registered = false;
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
      Properties factories = new Properties();
      try (InputStream in = url.openStream()) {
        factories.load(in);
      }
      registered |= factories.getProperty(FailureAnalyzer.class.getName(), "")
          .contains(AssociationDefinitionFailureAnalyzer.class.getName());
    }
    assertThat(registered).isTrue();
  }
}
