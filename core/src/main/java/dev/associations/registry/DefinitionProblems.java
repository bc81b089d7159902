package dev.associations.registry;

import dev.associations.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects definition problems so that all of them are reported together. */
final class DefinitionProblems {

  private final List<Problem> problems = new ArrayList<>();

  void add(String location, String problem, String fix) {
    Problem added = new Problem(location, problem, fix);
    if (!problems.contains(added)) {
      problems.add(added);
    }
  }

  int count() {
    return problems.size();
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new AssociationDefinitionException(problems);
    }
  }
}
