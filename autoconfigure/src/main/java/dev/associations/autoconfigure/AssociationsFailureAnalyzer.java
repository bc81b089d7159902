package dev.associations.autoconfigure;

import dev.associations.AssociationsException;
import dev.associations.Problem;
import dev.associations.registry.AssociationDefinitionException;
import dev.associations.repository.RepositoryDefinitionException;
import dev.associations.schema.SchemaGenerationException;
import dev.associations.schema.SchemaValidationException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link AssociationsException} into Boot's startup failure report: the description says
 * what failed (the model definitions, a repository interface, the schema's generation or its
 * validation) with the count, then every problem as {@code location: what is wrong}; the action
 * gives every fix as {@code location: how to fix}, one per line.
 */
class AssociationsFailureAnalyzer extends AbstractFailureAnalyzer<AssociationsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AssociationsException cause) {
    List<Problem> problems = cause.problems();
    return new FailureAnalysis(
        lines(headline(cause), problems, Problem::problem),
        lines(action(cause), problems, Problem::fix),
        cause);
  }

  private static String lines(
      String headline, List<Problem> problems, Function<Problem, String> part) {
    return problems.stream()
        .map(p -> p.location() + ": " + part.apply(p))
        .collect(Collectors.joining("\n", headline + ":\n", ""));
  }

  private static String headline(AssociationsException cause) {
    int size = cause.problems().size();
    String count = size + (size == 1 ? " problem" : " problems");
    if (cause instanceof AssociationDefinitionException) {
      return "The model definitions have " + count;
    }
    if (cause instanceof RepositoryDefinitionException repository) {
      return "The repository definition "
          + repository.repositoryInterface().getName()
          + " has "
          + count;
    }
    if (cause instanceof SchemaGenerationException) {
      return "The schema generation from the models found " + count;
    }
    if (cause instanceof SchemaValidationException) {
      return "The schema validation found "
          + size
          + (size == 1 ? " difference" : " differences")
          + " between the database and the models";
    }
    return "Associations for Spring found " + count;
  }

  private static String action(AssociationsException cause) {
    if (cause instanceof AssociationDefinitionException) {
      return "Fix the model definitions";
    }
    if (cause instanceof RepositoryDefinitionException) {
      return "Fix the repository interface";
    }
    if (cause instanceof SchemaGenerationException) {
      return "Change the models so that the database accepts their schema";
    }
    if (cause instanceof SchemaValidationException) {
      return "Migrate the database or change the models";
    }
    return "Fix these problems";
  }
}
