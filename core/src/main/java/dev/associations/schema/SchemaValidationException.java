package dev.associations.schema;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the live schema differs from the models; lists every difference, one per line. */
public class SchemaValidationException extends RuntimeException {

  private final List<SchemaDifference> differences;

  public SchemaValidationException(List<SchemaDifference> differences) {
    super("The database schema differs from the models in " + differences.size()
        + (differences.size() == 1 ? " place" : " places") + ":\n"
        + differences.stream().map(d -> "  " + d).collect(Collectors.joining("\n")));
    this.differences = List.copyOf(differences);
  }

  /** Every difference found. */
  public List<SchemaDifference> differences() {
    return differences;
  }
}
