package dev.associations.execution;

import dev.associations.include.IncludeNode;
import dev.associations.include.IncludePlan;
import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import dev.associations.sql.IncludeStatements;
import dev.associations.sql.JoinedTables;
import dev.associations.sql.JoinedTables.Table;
import dev.associations.sql.SqlStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Loads roots with the associations of an {@link IncludePlan} and fills their fields. One
 * statement reads the roots with their to-one includes LEFT JOINed; each to-many include node then
 * costs one statement for all its parents, keyed by the parents' keys (see
 * {@link IncludeStatements#related}). The number of statements thus depends on the plan, not on the
 * rows; a to-many node whose parents are none, or all lack a key, issues no statement. An entity
 * reached along two rows may be read as two instances. The executor's listener hears of every
 * statement and of the rows each include loaded.
 */
public final class IncludeLoader {

  private final StatementExecutor executor;
  private final IncludeStatements statements;
  private final Map<Class<?>, EntityAccess<Object>> accesses = new ConcurrentHashMap<>();

  /** A loader for the roots of {@code executor}'s model. */
  public IncludeLoader(StatementExecutor executor, IncludeStatements statements) {
    this.executor = executor;
    this.statements = statements;
  }

  /**
   * Checks that every association of the plan has a field to fill.
   *
   * @throws IllegalArgumentException naming the first association without a field
   */
  public static void check(IncludePlan plan) {
    check(plan.nodes());
  }

  private static void check(List<IncludeNode> nodes) {
    nodes.forEach(n -> {
      AssociationFields.requireField(n.association());
      check(n.children());
    });
  }

  /**
   * Reads the roots with the statement {@code roots} builds for the plan's joined tables, then loads
   * and fills the includes.
   *
   * @return the roots, in the statement's order
   */
  public List<Object> load(IncludePlan plan, Function<JoinedTables, SqlStatement> roots) {
    JoinedTables tables = JoinedTables.of(plan.root(), plan.nodes());
    List<LevelRow> rows = executor.query(roots.apply(tables), LevelRowMapper.roots(tables, this::access));
    complete(tables, rows);
    return rows.stream().map(r -> r.entities()[0].entity()).toList();
  }

  /** Fills the joined to-one fields of a level's rows, then loads the to-many includes below them. */
  private void complete(JoinedTables tables, List<LevelRow> rows) {
    List<Table> all = tables.tables();
    for (int i = 1; i < all.size(); i++) {
      Table table = all.get(i);
      int found = 0;
      for (LevelRow row : rows) {
        LoadedEntity parent = row.entities()[table.parent()];
        LoadedEntity child = row.entities()[i];
        if (parent != null) {
          AssociationFields.set(table.node().association(), parent.entity(), child == null ? null : child.entity());
          found += child == null ? 0 : 1;
        }
      }
      executor.listener().includeLoaded(table.node().association(), found);
    }
    for (int i = 0; i < all.size(); i++) {
      int index = i;
      List<LoadedEntity> parents = new ArrayList<>(rows.size());
      for (LevelRow row : rows) {
        if (row.entities()[index] != null) {
          parents.add(row.entities()[index]);
        }
      }
      all.get(i).separate().forEach(node -> loadMany(node, parents));
    }
  }

  private void loadMany(IncludeNode node, List<LoadedEntity> parents) {
    Association association = node.association();
    int[] parentKey = LoadedEntity.positions(association.source(), association.foreignKey().referencedAttributes());
    Map<Object, List<Object>> targetsByKey = new HashMap<>();
    List<List<Object>> keys = new ArrayList<>();
    for (LoadedEntity parent : parents) {
      Object key = parent.key(parentKey);
      if (key != null && targetsByKey.putIfAbsent(key, new ArrayList<>()) == null) {
        keys.add(LoadedEntity.keyValues(key));
      }
    }
    JoinedTables tables = JoinedTables.of(node.model(), node.children());
    List<LevelRow> rows = new ArrayList<>();
    if (!keys.isEmpty()) {
      StatementExecutor related = executor.forAssociation(association);
      LevelRowMapper mapper = LevelRowMapper.related(tables, this::access, association);
      for (SqlStatement statement : statements.related(tables, association, keys)) {
        rows.addAll(related.query(statement, mapper));
      }
    }
    executor.listener().includeLoaded(association, rows.size());
    for (LevelRow row : rows) {
      targetsByKey.get(row.parentKey()).add(row.entities()[0].entity());
    }
    for (LoadedEntity parent : parents) {
      Object key = parent.key(parentKey);
      AssociationFields.setMany(association, parent.entity(), key == null ? List.of() : targetsByKey.get(key));
    }
    complete(tables, rows);
  }

  private EntityAccess<Object> access(ModelMetadata model) {
    return accesses.computeIfAbsent(model.type(), t -> EntityAccess.of(model));
  }
}
