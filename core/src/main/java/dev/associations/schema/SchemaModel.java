package dev.associations.schema;

import dev.associations.internal.naming.ConstraintNames;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.ModelMetadata;
import dev.associations.metadata.ScopeValue;
import dev.associations.metadata.TargetUniqueness;
import dev.associations.registry.AssociationRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The tables a registry needs, in registry order (models, then plain join tables): their columns,
 * primary keys, {@code UNIQUE} constraints and constrained foreign keys.
 *
 * <p>{@code UNIQUE} constraints cover the foreign key of every constrained HasOne, the referenced
 * columns of a foreign key that does not reference a primary key, and the key pair (with the scope)
 * of a join model whose primary key is not that pair. An unconstrained HasOne gets none: its key
 * may be shared polymorphically. Every foreign key gets an index unless a primary key or unique
 * constraint starts with its columns.
 */
final class SchemaModel {

  private final Map<String, Table> tables = new LinkedHashMap<>();

  private SchemaModel() {}

  /** The tables of this registry, whose definitions the registry has already checked. */
  static List<TableDefinition> tables(AssociationRegistry registry) {
    SchemaModel schema = new SchemaModel();
    registry.models().forEach(schema::addModel);
    registry.joinTables().stream().filter(join -> !join.hasModel()).forEach(schema::addJoinTable);
    registry.models().stream()
        .flatMap(model -> registry.associations(model.type()).stream())
        .filter(association -> association.through() != null && association.through().hasModel())
        .forEach(schema::addJoinModelLinks);
    registry.foreignKeys().stream()
        .filter(ForeignKeyMetadata::constrained)
        .forEach(schema::addForeignKey);
    registry.models().stream()
        .flatMap(model -> registry.associations(model.type()).stream())
        .filter(
            association ->
                association.type() == AssociationType.HAS_ONE
                    && association.targetUniqueness() == TargetUniqueness.UNIQUE_CONSTRAINT)
        .map(Association::foreignKey)
        .forEach(fk -> schema.addUnique(fk.table(), fk.columnNames()));
    registry.foreignKeys().forEach(schema::addKeyIndex);
    return schema.tables.values().stream().map(Table::toDefinition).toList();
  }

  private void addModel(ModelMetadata model) {
    addTable(model.table(), model.attributes(), columnNames(model.primaryKey()));
  }

  private void addJoinTable(JoinTable join) {
    List<AttributeMetadata> columns = join.columns();
    addTable(join.name(), columns, columnNames(columns));
  }

  private void addTable(String name, List<AttributeMetadata> columns, List<String> primaryKey) {
    tables.put(name, new Table(name, columns, primaryKey));
  }

  /**
   * One link per pair of keys in each scope: the key pair and the scope's attributes are unique.
   */
  private void addJoinModelLinks(Association association) {
    // a BelongsToMany through a join model: it has both
    JoinTable through = Objects.requireNonNull(association.through(), "a join table");
    ForeignKeyMetadata otherKey = Objects.requireNonNull(association.otherKey(), "an other key");
    addUnique(
        through.name(),
        Stream.of(
                association.foreignKey().columnNames(),
                otherKey.columnNames(),
                columnNames(association.scope().stream().map(ScopeValue::attribute).toList()))
            .flatMap(List::stream)
            .toList());
  }

  /**
   * Adds a foreign key once: associations sharing one key agree on its actions (the registry
   * checks).
   */
  private void addForeignKey(ForeignKeyMetadata fk) {
    Table table = table(fk.table());
    if (table.foreignKeys.stream().noneMatch(other -> sameKey(fk, other))) {
      table.foreignKeys.add(fk);
      addUnique(fk.referencedTable(), fk.referencedColumnNames());
    }
  }

  private static boolean sameKey(ForeignKeyMetadata a, ForeignKeyMetadata b) {
    return a.columnNames().equals(b.columnNames())
        && a.referencedTable().equals(b.referencedTable())
        && a.referencedColumnNames().equals(b.referencedColumnNames());
  }

  /**
   * Adds an index on a foreign key's columns unless one exists or a primary key or {@code UNIQUE}
   * constraint starts with them (added after those, the checks see them all).
   */
  private void addKeyIndex(ForeignKeyMetadata fk) {
    Table table = table(fk.table());
    List<String> columns = fk.columnNames();
    boolean covered =
        Stream.concat(Stream.of(table.primaryKey), table.uniqueColumns.stream())
            .anyMatch(
                existing ->
                    existing.size() >= columns.size()
                        && existing.subList(0, columns.size()).equals(columns));
    if (!covered && table.keyIndexes.stream().noneMatch(index -> index.columns().equals(columns))) {
      table.keyIndexes.add(
          new KeyIndex(ConstraintNames.of("ix", table.name, columns), columns, fk.constrained()));
    }
  }

  /**
   * Adds a {@code UNIQUE} constraint unless the primary key or another one covers the same columns.
   */
  private void addUnique(String tableName, List<String> columns) {
    Table table = table(tableName);
    boolean covered =
        Stream.concat(Stream.of(table.primaryKey), table.uniqueColumns.stream())
            .anyMatch(existing -> new HashSet<>(existing).equals(new HashSet<>(columns)));
    if (!covered) {
      table.uniqueColumns.add(List.copyOf(columns));
    }
  }

  /** A table of the registry, every one of which is added first. */
  private Table table(String name) {
    return Objects.requireNonNull(tables.get(name), name);
  }

  private static List<String> columnNames(List<AttributeMetadata> attributes) {
    return attributes.stream().map(AttributeMetadata::columnName).toList();
  }

  /** A table while it is being collected. */
  private static final class Table {

    final String name;
    final List<AttributeMetadata> columns;
    final List<String> primaryKey;
    final List<List<String>> uniqueColumns = new ArrayList<>();
    final List<ForeignKeyMetadata> foreignKeys = new ArrayList<>();
    final List<KeyIndex> keyIndexes = new ArrayList<>();

    Table(String name, List<AttributeMetadata> columns, List<String> primaryKey) {
      this.name = name;
      this.columns = columns;
      this.primaryKey = primaryKey;
    }

    TableDefinition toDefinition() {
      List<UniqueConstraint> uniques =
          uniqueColumns.stream()
              .map(
                  columns -> new UniqueConstraint(ConstraintNames.of("uq", name, columns), columns))
              .toList();
      return new TableDefinition(name, columns, primaryKey, uniques, foreignKeys, keyIndexes);
    }
  }
}
