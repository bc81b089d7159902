package dev.associations.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.associations.Problem;
import dev.associations.dialect.Dialect;
import java.util.List;

/**
 * Builds registries that must fail and returns their problems, after checking that the message has
 * one line per problem: {@code Model.field: what is wrong — how to fix}.
 */
final class DefinitionFailures {

  private DefinitionFailures() {}

  static List<Problem> problems(Class<?>... models) {
    return problems(null, models);
  }

  static List<Problem> problems(Dialect dialect, Class<?>... models) {
    AssociationDefinitionException exception =
        assertThatExceptionOfType(AssociationDefinitionException.class)
            .isThrownBy(
                () -> AssociationRegistry.builder().dialect(dialect).addModels(models).build())
            .actual();
    assertThat(exception.getMessage().lines().skip(1))
        .hasSize(exception.problems().size())
        .allMatch(line -> line.matches("  [A-Z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)?: .+ — .+"));
    return exception.problems();
  }

  static Problem single(Class<?>... models) {
    List<Problem> problems = problems(models);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }
}
