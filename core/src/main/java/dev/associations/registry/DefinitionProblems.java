package dev.associations.registry;

import java.util.ArrayList;
import java.util.List;

/** Collects definition problems so that all of them are reported together. */
final class DefinitionProblems {

  private final List<DefinitionProblem> problems = new ArrayList<>();

  void add(String location, String problem, String fix) {
    DefinitionProblem added = new DefinitionProblem(location, problem, fix);
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
