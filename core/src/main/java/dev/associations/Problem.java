package dev.associations;

/**
 * One problem found at startup: where it is, what is wrong and how to fix it.
 *
 * @param location where it is: {@code Model.field} or {@code Model} in model definitions, {@code
 *     Repository.method} or {@code Repository} in a repository interface, {@code table.column} or
 *     {@code table} in a schema
 * @param problem what is wrong
 * @param fix how to fix it
 */
public record Problem(String location, String problem, String fix) {

  /** {@code location: problem — fix}. */
  @Override
  public String toString() {
    return location + ": " + problem + " — " + fix;
  }
}
