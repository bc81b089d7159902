package dev.associations.schema;

import dev.associations.metadata.ForeignKeyMetadata;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The order in which tables can be created: each after the tables its foreign keys reference, ties
 * broken by the given order. A cycle is closed by creating one of its tables (the first, in the
 * given order, whose remaining references all lead back to it) without the foreign keys to tables
 * not created yet; those are added once every table exists.
 *
 * @param tables the tables in creation order, without their deferred foreign keys
 * @param deferred the foreign keys to add after every table is created
 */
record CreationOrder(List<TableDefinition> tables, List<ForeignKeyMetadata> deferred) {

  CreationOrder {
    tables = List.copyOf(tables);
    deferred = List.copyOf(deferred);
  }

  static CreationOrder of(List<TableDefinition> tables) {
    Map<String, TableDefinition> remaining = new LinkedHashMap<>();
    tables.forEach(table -> remaining.put(table.name(), table));
    Set<String> created = new HashSet<>();
    List<TableDefinition> ordered = new ArrayList<>();
    List<ForeignKeyMetadata> deferred = new ArrayList<>();
    while (!remaining.isEmpty()) {
      TableDefinition next =
          remaining.values().stream()
              .filter(table -> pending(table, remaining).isEmpty())
              .findFirst()
              .orElseGet(
                  () ->
                      remaining.values().stream()
                          .filter(table -> closesCycle(table, remaining))
                          .findFirst()
                          .orElseThrow());
      List<ForeignKeyMetadata> later =
          next.foreignKeys().stream()
              .filter(
                  fk ->
                      !fk.referencedTable().equals(next.name())
                          && !created.contains(fk.referencedTable()))
              .toList();
      ordered.add(next.without(later));
      deferred.addAll(later);
      created.add(next.name());
      remaining.remove(next.name());
    }
    return new CreationOrder(ordered, deferred);
  }

  /** The tables not created yet that this table references. */
  private static List<String> pending(
      TableDefinition table, Map<String, TableDefinition> remaining) {
    return table.referencedTables().stream().filter(remaining::containsKey).toList();
  }

  /** Whether every table not created yet that this one references leads back to it. */
  private static boolean closesCycle(
      TableDefinition table, Map<String, TableDefinition> remaining) {
    return pending(table, remaining).stream()
        .allMatch(start -> reaches(start, table.name(), remaining));
  }

  private static boolean reaches(
      String start, String goal, Map<String, TableDefinition> remaining) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String current = todo.pop();
      if (current.equals(goal)) {
        return true;
      }
      if (seen.add(current)) {
        // every table met here is a pending one, still remaining
        todo.addAll(pending(Objects.requireNonNull(remaining.get(current), current), remaining));
      }
    }
    return false;
  }
}
