package dev.associations.repository;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a repository interface cannot be created; it names the interface and lists every
 * problem with its fix, one per line.
 */
public class RepositoryDefinitionException extends RuntimeException {

  private final List<String> problems;

  public RepositoryDefinitionException(Class<?> repositoryInterface, List<String> problems) {
    super(message(repositoryInterface, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found. */
  public List<String> problems() {
    return problems;
  }

  private static String message(Class<?> repositoryInterface, List<String> problems) {
    return repositoryInterface.getName() + ": " + problems.size()
        + (problems.size() == 1 ? " repository definition problem" : " repository definition problems")
        + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
