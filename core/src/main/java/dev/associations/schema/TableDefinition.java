package dev.associations.schema;

import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import java.util.Collection;
import java.util.List;

/**
 * One table to create.
 *
 * @param name the table name
 * @param columns every column, in order
 * @param primaryKey the primary key column names, in order; empty for none
 * @param uniqueConstraints its {@code UNIQUE} constraints
 * @param foreignKeys its constrained foreign keys, one per distinct key
 * @param keyIndexes indexes for looking rows up by their foreign keys
 */
record TableDefinition(
    String name,
    List<AttributeMetadata> columns,
    List<String> primaryKey,
    List<UniqueConstraint> uniqueConstraints,
    List<ForeignKeyMetadata> foreignKeys,
    List<KeyIndex> keyIndexes) {

  TableDefinition {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniqueConstraints = List.copyOf(uniqueConstraints);
    foreignKeys = List.copyOf(foreignKeys);
    keyIndexes = List.copyOf(keyIndexes);
  }

  /**
   * This table without some of its foreign keys, which are added once the tables they reference
   * exist.
   */
  TableDefinition without(Collection<ForeignKeyMetadata> deferred) {
    return new TableDefinition(
        name,
        columns,
        primaryKey,
        uniqueConstraints,
        foreignKeys.stream().filter(fk -> !deferred.contains(fk)).toList(),
        keyIndexes);
  }

  /** The other tables its foreign keys reference. */
  List<String> referencedTables() {
    return foreignKeys.stream()
        .map(ForeignKeyMetadata::referencedTable)
        .filter(referenced -> !referenced.equals(name))
        .distinct()
        .toList();
  }
}
