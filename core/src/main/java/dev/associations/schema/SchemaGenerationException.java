package dev.associations.schema;

import dev.associations.AssociationsException;
import dev.associations.Problem;
import java.util.List;

/**
 * Thrown when the models cannot be turned into a schema for the chosen database. It lists every
 * problem found, one per line, as {@code table.column: what is wrong — what to change} (or {@code
 * table: ...} for a table or a constraint).
 */
public class SchemaGenerationException extends AssociationsException {

  SchemaGenerationException(List<Problem> problems) {
    super(
        problems.size() + (problems.size() == 1 ? " schema problem" : " schema problems"),
        problems);
  }
}
