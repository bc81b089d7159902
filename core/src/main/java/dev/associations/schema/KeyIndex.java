package dev.associations.schema;

import java.util.List;

/**
 * An index on a foreign key's columns, so that loading an association's rows by their parents' keys
 * does not scan the table.
 *
 * @param name the index name
 * @param columns the key's column names, in key order
 * @param constrained whether the key has a {@code REFERENCES} constraint (which some databases
 *     index by themselves, see {@link dev.associations.dialect.Dialect#indexesForeignKeys()})
 */
record KeyIndex(String name, List<String> columns, boolean constrained) {

  KeyIndex {
    columns = List.copyOf(columns);
  }
}
