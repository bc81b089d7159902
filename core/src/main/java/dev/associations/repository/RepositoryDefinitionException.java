package dev.associations.repository;

import dev.associations.AssociationsException;
import dev.associations.Problem;
import java.util.List;

/**
 * Thrown when a repository interface cannot be created; it names the interface and lists every
 * problem with its fix, one per line. Each {@link Problem} is located at {@code Repository.method}
 * ({@code Repository.method(Type, ...)} when the name is overloaded) or, for the interface as a
 * whole and its model, at {@code Repository}.
 */
public class RepositoryDefinitionException extends AssociationsException {

  private final Class<?> repositoryInterface;

  /** An exception whose message lists the problems in lines of its own, one per problem. */
  RepositoryDefinitionException(
      Class<?> repositoryInterface, List<Problem> problems, List<String> lines) {
    super(headline(repositoryInterface, problems), problems, lines);
    this.repositoryInterface = repositoryInterface;
  }

  /** The interface that could not be created. */
  public Class<?> repositoryInterface() {
    return repositoryInterface;
  }

  private static String headline(Class<?> repositoryInterface, List<Problem> problems) {
    return repositoryInterface.getName()
        + ": "
        + problems.size()
        + (problems.size() == 1
            ? " repository definition problem"
            : " repository definition problems");
  }
}
