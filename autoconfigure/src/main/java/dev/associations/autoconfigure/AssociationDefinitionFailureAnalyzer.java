package dev.associations.autoconfigure;

import dev.associations.registry.AssociationDefinitionException;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link AssociationDefinitionException} into Boot's startup failure report: every problem
 * ({@code Model.field: what is wrong}) in the description, every fix in the action, one per line.
 */
class AssociationDefinitionFailureAnalyzer extends AbstractFailureAnalyzer<AssociationDefinitionException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AssociationDefinitionException cause) {
    String description = cause.problems().stream()
        .map(p -> p.location() + ": " + p.problem())
        .collect(Collectors.joining("\n", "The model definitions have " + count(cause) + ":\n", ""));
    String action = cause.problems().stream()
        .map(p -> p.location() + ": " + p.fix())
        .collect(Collectors.joining("\n", "Fix the model definitions:\n", ""));
    return new FailureAnalysis(description, action, cause);
  }

  private static String count(AssociationDefinitionException cause) {
    int size = cause.problems().size();
    return size + (size == 1 ? " problem" : " problems");
  }
}
