package dev.associations.execution;

import dev.associations.include.IncludeNode;
import dev.associations.include.IncludePlan;
import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import dev.associations.sql.IncludeStatements;
import dev.associations.sql.IncludeStatements.RelatedQuery;
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
 *
 * <p>A plan is first {@link #compile compiled}: its tables, row mappers and statement texts are
 * worked out once, so that a compiled plan kept by the caller costs nothing more per load.
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
   * The plan, worked out for loading.
   *
   * @throws IllegalArgumentException naming the first association the plan includes but whose
   *     source class has no field to fill
   */
  public Compiled compile(IncludePlan plan) {
    check(plan.nodes());
    JoinedTables tables = JoinedTables.of(plan.root(), plan.nodes());
    return new Compiled(level(tables, LevelRowMapper.roots(tables, this::access)));
  }

  private static void check(List<IncludeNode> nodes) {
    nodes.forEach(n -> {
      AssociationFields.requireField(n.association());
      check(n.children());
    });
  }

  private Level level(JoinedTables tables, LevelRowMapper mapper) {
    List<Branch> branches = new ArrayList<>();
    List<Table> all = tables.tables();
    for (int i = 0; i < all.size(); i++) {
      for (IncludeNode node : all.get(i).separate()) {
        Association association = node.association();
        JoinedTables below = JoinedTables.of(node.model(), node.children());
        branches.add(new Branch(i, association,
            LoadedEntity.positions(association.source(), association.foreignKey().referencedAttributes()),
            statements.related(below, association),
            level(below, LevelRowMapper.related(below, this::access, association))));
      }
    }
    return new Level(tables, mapper, branches);
  }

  /**
   * Reads the roots with the statement {@code roots} builds for the plan's joined tables, then loads
   * and fills the includes.
   *
   * @return the roots, in the statement's order
   */
  public List<Object> load(Compiled plan, Function<JoinedTables, SqlStatement> roots) {
    Level level = plan.root;
    List<LevelRow> rows = executor.query(roots.apply(level.tables), level.mapper);
    complete(level, rows);
    List<Object> entities = new ArrayList<>(rows.size());
    rows.forEach(row -> entities.add(row.entities()[0].entity()));
    return entities;
  }

  /** Fills the joined to-one fields of a level's rows, then loads the to-many includes below them. */
  private void complete(Level level, List<LevelRow> rows) {
    List<Table> all = level.tables.tables();
    for (int i = 1; i < all.size(); i++) {
      Table table = all.get(i);
      Association association = table.node().association();
      int found = 0;
      for (LevelRow row : rows) {
        LoadedEntity parent = row.entities()[table.parent()];
        LoadedEntity child = row.entities()[i];
        if (parent != null) {
          AssociationFields.set(association, parent.entity(), child == null ? null : child.entity());
          found += child == null ? 0 : 1;
        }
      }
      executor.listener().includeLoaded(association, found);
    }
    for (Branch branch : level.branches) {
      List<LoadedEntity> parents = new ArrayList<>(rows.size());
      for (LevelRow row : rows) {
        if (row.entities()[branch.table] != null) {
          parents.add(row.entities()[branch.table]);
        }
      }
      loadMany(branch, parents);
    }
  }

  private void loadMany(Branch branch, List<LoadedEntity> parents) {
    Association association = branch.association;
    Map<Object, List<Object>> targetsByKey = new HashMap<>();
    List<List<Object>> keys = new ArrayList<>();
    for (LoadedEntity parent : parents) {
      Object key = parent.key(branch.parentKey);
      if (key != null && targetsByKey.putIfAbsent(key, new ArrayList<>()) == null) {
        keys.add(LoadedEntity.keyValues(key));
      }
    }
    List<LevelRow> rows = new ArrayList<>();
    if (!keys.isEmpty()) {
      StatementExecutor related = executor.forAssociation(association);
      for (SqlStatement statement : branch.query.forKeys(keys)) {
        rows.addAll(related.query(statement, branch.level.mapper));
      }
    }
    executor.listener().includeLoaded(association, rows.size());
    for (LevelRow row : rows) {
      targetsByKey.get(row.parentKey()).add(row.entities()[0].entity());
    }
    for (LoadedEntity parent : parents) {
      Object key = parent.key(branch.parentKey);
      AssociationFields.setMany(association, parent.entity(), key == null ? List.of() : targetsByKey.get(key));
    }
    complete(branch.level, rows);
  }

  private EntityAccess<Object> access(ModelMetadata model) {
    return accesses.computeIfAbsent(model.type(), t -> EntityAccess.of(model));
  }

  /** A plan worked out for loading by the loader that compiled it; immutable, shareable by threads. */
  public static final class Compiled {

    private final Level root;

    private Compiled(Level root) {
      this.root = root;
    }
  }

  /** The tables one statement reads, how to read its rows, and the to-many includes below them. */
  private record Level(JoinedTables tables, LevelRowMapper mapper, List<Branch> branches) {
  }

  /**
   * A to-many include below table {@code table} of a level.
   *
   * @param parentKey the positions of the parents' referenced key among their values
   */
  private record Branch(int table, Association association, int[] parentKey, RelatedQuery query, Level level) {
  }
}
