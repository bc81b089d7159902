package dev.associations.registry;

import dev.associations.AssociationsException;
import dev.associations.Problem;
import java.util.List;

/**
 * Thrown when model definitions break the association rules. It lists every problem found, in the
 * order the models were read, one per line, as {@code Model.field: what is wrong — how to fix}.
 */
public class AssociationDefinitionException extends AssociationsException {

  AssociationDefinitionException(List<Problem> problems) {
    super(
        problems.size()
            + (problems.size() == 1
                ? " association definition problem"
                : " association definition problems"),
        problems);
  }
}
