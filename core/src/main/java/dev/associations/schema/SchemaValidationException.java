package dev.associations.schema;

import dev.associations.AssociationsException;
import dev.associations.Problem;
import java.util.List;

/**
 * Thrown when the live schema differs from the models. It lists every difference, one per line, as
 * {@code table: what differs — how to make them agree}.
 */
public class SchemaValidationException extends AssociationsException {

  SchemaValidationException(List<Problem> problems) {
    super(
        "The database schema differs from the models in "
            + problems.size()
            + (problems.size() == 1 ? " place" : " places"),
        problems);
  }
}
