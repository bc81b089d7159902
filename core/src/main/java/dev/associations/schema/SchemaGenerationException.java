package dev.associations.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the models cannot be turned into a schema for the chosen database. It lists every
 * problem found, one per line, each saying what to change.
 */
public class SchemaGenerationException extends RuntimeException {

  private final List<String> problems;

  public SchemaGenerationException(List<String> problems) {
    super(problems.size() + (problems.size() == 1 ? " schema problem" : " schema problems") + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found. */
  public List<String> problems() {
    return problems;
  }
}
