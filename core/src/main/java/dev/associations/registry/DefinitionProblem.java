package dev.associations.registry;

/**
 * One definition problem.
 *
 * @param location where it is: {@code Model.field}, or {@code Model} for the model as a whole
 * @param problem what is wrong
 * @param fix how to fix it
 */
public record DefinitionProblem(String location, String problem, String fix) {

  @Override
  public String toString() {
    return location + ": " + problem + " — " + fix;
  }
}
