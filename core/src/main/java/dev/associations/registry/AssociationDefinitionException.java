package dev.associations.registry;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when model definitions break the association rules. It lists every problem found, one
 * per line, as {@code Model.field: what is wrong — how to fix}.
 */
public class AssociationDefinitionException extends RuntimeException {

  private final List<DefinitionProblem> problems;

  public AssociationDefinitionException(List<DefinitionProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order the models were read. */
  public List<DefinitionProblem> problems() {
    return problems;
  }

  private static String message(List<DefinitionProblem> problems) {
    return problems.size() + (problems.size() == 1 ? " association definition problem" : " association definition problems")
        + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
