package dev.associations.registry;

/**
 * Reads an annotation option that has two names ({@code value} and {@code name}, {@code as}, {@code
 * table}).
 */
final class Aliases {

  private Aliases() {}

  /** The one that is set, or empty; both set to different values is a problem. */
  static String pick(
      DefinitionProblems problems,
      String location,
      String annotation,
      String firstName,
      String first,
      String secondName,
      String second) {
    if (!first.isEmpty() && !second.isEmpty() && !first.equals(second)) {
      problems.add(
          location,
          annotation
              + " sets "
              + firstName
              + " = \""
              + first
              + "\" and "
              + secondName
              + " = \""
              + second
              + "\"",
          "they are aliases: set only one of them");
    }
    return first.isEmpty() ? second : first;
  }
}
