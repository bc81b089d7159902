package dev.associations.repository;

import dev.associations.Problem;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Collects the problems of one repository interface, each with its line in the exception's message:
 * a problem of the interface as a whole is listed without location (the headline names the
 * interface), a method's after a label saying how the method was read ({@code derived query
 * PersonRepository.findByNmae: ...}).
 */
final class RepositoryProblems {

  private final Class<?> repositoryInterface;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();

  RepositoryProblems(Class<?> repositoryInterface) {
    this.repositoryInterface = repositoryInterface;
  }

  /** A problem of the interface as a whole or of its model, located at the interface's name. */
  void add(String location, String problem, String fix) {
    problems.add(new Problem(location, problem, fix));
    lines.add(problem + " — " + fix);
  }

  /**
   * The problems of one method, at {@code Repository.method}.
   *
   * @param label how the method was read, for the message, e.g. {@code derived query
   *     Repository.method}
   */
  MethodProblems of(Method method, String label) {
    return new MethodProblems(location(method), label);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  RepositoryDefinitionException exception() {
    return new RepositoryDefinitionException(repositoryInterface, problems, lines);
  }

  /**
   * {@code Repository.method}, the repository being the interface that declares the method; with
   * the parameter types ({@code Repository.method(Person, Long)}) when the name is overloaded, so
   * that each problem names one method.
   */
  static String location(Method method) {
    String location = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    boolean overloaded =
        Arrays.stream(method.getDeclaringClass().getMethods())
                .filter(other -> other.getName().equals(method.getName()))
                .count()
            > 1;
    return overloaded
        ? Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", location + "(", ")"))
        : location;
  }

  /** Where the checks of one method add what is wrong and how to fix it. */
  final class MethodProblems {

    private final String location;
    private final String label;
    private int count;

    private MethodProblems(String location, String label) {
      this.location = location;
      this.label = label;
    }

    void add(String problem, String fix) {
      count++;
      problems.add(new Problem(location, problem, fix));
      lines.add(label + ": " + problem + " — " + fix);
    }

    /**
     * Adds an argument error of the query layer ({@code IncludePlan}, {@code QueryResolver}), whose
     * message says what to do after its first {@code "; "}; one that does not gets {@code
     * otherwise}.
     */
    void add(String prefix, IllegalArgumentException error, String otherwise) {
      // the query layer's errors say what is wrong
      String message =
          Objects.requireNonNull(error.getMessage(), "the message of an argument error");
      int split = message.indexOf("; ");
      if (split < 0) {
        add(prefix + message, otherwise);
      } else {
        add(prefix + message.substring(0, split), message.substring(split + 2));
      }
    }

    int count() {
      return count;
    }
  }
}
