package dev.associations;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The base of the exceptions that stop an application at startup because what it declares cannot
 * work: {@link dev.associations.registry.AssociationDefinitionException model definitions}, {@link
 * dev.associations.repository.RepositoryDefinitionException repository interfaces}, {@link
 * dev.associations.schema.SchemaGenerationException the schema for a database} and {@link
 * dev.associations.schema.SchemaValidationException a live schema that differs from the models}.
 * Each reports every problem found, not just the first: {@link #problems()} gives them, and the
 * message is a headline with their count followed by one line per problem.
 */
public abstract class AssociationsException extends RuntimeException {

  private final List<Problem> problems;

  /**
   * An exception whose message lists each problem as {@code location: problem — fix}.
   *
   * @param headline the message's first line, with the count, e.g. {@code 2 schema problems}
   * @param problems every problem found
   */
  protected AssociationsException(String headline, List<Problem> problems) {
    this(headline, problems, problems.stream().map(Problem::toString).toList());
  }

  /**
   * An exception whose message lists the problems in lines of its own.
   *
   * @param headline the message's first line, with the count
   * @param problems every problem found
   * @param lines the message's line of each problem
   */
  protected AssociationsException(String headline, List<Problem> problems, List<String> lines) {
    super(
        headline
            + ":\n"
            + lines.stream().map(line -> "  " + line).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order met. */
  public List<Problem> problems() {
    return problems;
  }
}
