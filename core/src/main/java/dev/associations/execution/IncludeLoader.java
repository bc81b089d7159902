package dev.associations.execution;

import dev.associations.include.IncludeNode;
import dev.associations.include.IncludePlan;
import dev.associations.metadata.Association;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import dev.associations.sql.IncludeStatements;
import dev.associations.sql.JoinedTables;
import dev.associations.sql.JoinedTables.Table;
import dev.associations.sql.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    List<LevelRow> rows = query(executor, roots.apply(tables), tables, List.of());
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
      List<LoadedEntity> parents = rows.stream().map(r -> r.entities()[index]).filter(Objects::nonNull).toList();
      all.get(i).separate().forEach(node -> loadMany(node, parents));
    }
  }

  private void loadMany(IncludeNode node, List<LoadedEntity> parents) {
    Association association = node.association();
    List<AttributeMetadata> parentKey = association.foreignKey().referencedAttributes();
    Set<List<Object>> keys = new LinkedHashSet<>();
    parents.stream().map(p -> p.values(parentKey)).filter(k -> !k.contains(null)).forEach(keys::add);
    JoinedTables tables = JoinedTables.of(node.model(), node.children());
    List<LevelRow> rows = new ArrayList<>();
    if (!keys.isEmpty()) {
      StatementExecutor related = executor.forAssociation(association);
      for (SqlStatement statement : statements.related(tables, association, new ArrayList<>(keys))) {
        rows.addAll(query(related, statement, tables, association.foreignKey().attributes()));
      }
    }
    executor.listener().includeLoaded(association, rows.size());
    Map<List<Object>, List<Object>> byParent = new LinkedHashMap<>();
    rows.forEach(r -> byParent.computeIfAbsent(r.parentKey(), k -> new ArrayList<>()).add(r.entities()[0].entity()));
    parents.forEach(p -> AssociationFields.setMany(association, p.entity(),
        byParent.getOrDefault(p.values(parentKey), List.of())));
    complete(tables, rows);
  }

  private List<LevelRow> query(StatementExecutor executor, SqlStatement statement, JoinedTables tables,
      List<AttributeMetadata> parentKey) {
    return executor.query(statement, new LevelRowMapper(tables, this::access, parentKey));
  }

  private EntityAccess<Object> access(ModelMetadata model) {
    return accesses.computeIfAbsent(model.type(), t -> EntityAccess.of(model));
  }
}
