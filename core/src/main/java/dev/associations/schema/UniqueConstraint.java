package dev.associations.schema;

import java.util.List;

/**
 * A {@code UNIQUE} constraint of a table.
 *
 * @param name the constraint name
 * @param columns the column names, in constraint order
 */
record UniqueConstraint(String name, List<String> columns) {

  UniqueConstraint {
    columns = List.copyOf(columns);
  }
}
