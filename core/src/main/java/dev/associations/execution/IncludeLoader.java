package dev.associations.execution;

import dev.associations.include.IncludeNode;
import dev.associations.include.IncludeOptions;
import dev.associations.include.IncludePlan;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import dev.associations.metadata.TargetUniqueness;
import dev.associations.sql.IncludeStatements;
import dev.associations.sql.IncludeStatements.RelatedQuery;
import dev.associations.sql.JoinedTables;
import dev.associations.sql.JoinedTables.Table;
import dev.associations.sql.Predicate;
import dev.associations.sql.Selection;
import dev.associations.sql.SqlStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.dao.IncorrectResultSizeDataAccessException;

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
    return new Compiled(level(tables, LevelRowMapper.roots(tables, this::access), false));
  }

  private static void check(List<IncludeNode> nodes) {
    nodes.forEach(n -> {
      AssociationFields.requireField(n.association());
      check(n.children());
    });
  }

  /** @param sharedRows whether one row may be read for several parents (a BelongsToMany's targets) */
  private Level level(JoinedTables tables, LevelRowMapper mapper, boolean sharedRows) {
    List<Branch> branches = new ArrayList<>();
    List<Table> all = tables.tables();
    for (int i = 0; i < all.size(); i++) {
      for (IncludeNode node : all.get(i).separate()) {
        Association association = node.association();
        JoinedTables below = JoinedTables.of(node.model(), node.children());
        branches.add(new Branch(i, association, RowKeys.shift(
            RowKeys.positions(association.source(), association.foreignKey().referencedAttributes()), mapper.offset(i)),
            statements.related(below, association, rows(node), node.options().through()),
            level(below, LevelRowMapper.related(below, this::access, association),
                association.type() == AssociationType.BELONGS_TO_MANY)));
      }
    }
    return new Level(tables, mapper, branches,
        RowKeys.positions(tables.base().model(), tables.base().model().primaryKey()), sharedRows,
        tables.tables().stream().skip(1).anyMatch(t -> t.node().association().targetUniqueness()
            == TargetUniqueness.UNIQUE_CONSTRAINT));
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
    rows.forEach(row -> entities.add(row.entities()[0]));
    return entities;
  }

  /**
   * Reads the roots as {@link #load} does, but as a stream over a cursor: the includes below them are
   * loaded per chunk of {@code chunk} roots (one statement per to-many include and chunk), so that
   * at most one chunk is held at once. Closing the stream closes the cursor.
   */
  public Stream<Object> stream(Compiled plan, Function<JoinedTables, SqlStatement> roots, int chunk,
      boolean cursorNeedsTransaction) {
    Level level = plan.root;
    Stream<LevelRow> rows = executor.stream(roots.apply(level.tables), level.mapper, chunk, cursorNeedsTransaction);
    Iterator<LevelRow> cursor = rows.iterator();
    Iterator<Object> entities = new Iterator<>() {
      private Iterator<Object> loaded = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        if (!loaded.hasNext() && cursor.hasNext()) {
          List<LevelRow> batch = new ArrayList<>(chunk);
          while (batch.size() < chunk && cursor.hasNext()) {
            batch.add(cursor.next());
          }
          complete(level, batch);
          loaded = batch.stream().map(row -> row.entities()[0]).iterator();
        }
        return loaded.hasNext();
      }

      @Override
      public Object next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return loaded.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entities, Spliterator.ORDERED), false)
        .onClose(rows::close);
  }

  /** Fills the joined to-one fields of a level's rows, then loads the to-many includes below them. */
  private void complete(Level level, List<LevelRow> rows) {
    if (level.joinsOnUniqueConstraints) {
      requireDistinct(level, rows);
    }
    List<Table> all = level.tables.tables();
    for (int i = 1; i < all.size(); i++) {
      Table table = all.get(i);
      Association association = table.node().association();
      int found = 0;
      for (LevelRow row : rows) {
        Object parent = row.entities()[table.parent()];
        Object child = row.entities()[i];
        if (parent != null) {
          AssociationFields.set(association, parent, child);
          found += child == null ? 0 : 1;
        }
      }
      executor.listener().includeLoaded(association, found);
    }
    for (Branch branch : level.branches) {
      loadMany(branch, rows);
    }
  }

  /**
   * Checks that no row repeats its level's entity (for one parent, at a BelongsToMany level, where
   * one entity is read once per parent), which a to-one join on a key whose {@code UNIQUE}
   * constraint the live schema lacks would do.
   *
   * @throws org.springframework.dao.IncorrectResultSizeDataAccessException naming the association
   */
  private static void requireDistinct(Level level, List<LevelRow> rows) {
    DistinctKeys seen = new DistinctKeys(rows.size());
    for (LevelRow row : rows) {
      if (!seen.add(identity(level, row))) {
        Object repeated = identity(level, row);
        throw repeated(level, rows.stream().filter(r -> identity(level, r).equals(repeated)).findFirst().orElseThrow(),
            row);
      }
    }
  }

  /** What tells a level's rows apart: the entity's key, with its parent's for rows shared by parents. */
  private static Object identity(Level level, LevelRow row) {
    Object entity = RowKeys.key(row.values(), level.identity);
    return level.sharedRows ? List.of(row.parentKey(), entity) : entity;
  }

  /** The failure naming the joined association that gave two rows for one entity. */
  private static RuntimeException repeated(Level level, LevelRow first, LevelRow second) {
    List<Table> all = level.tables.tables();
    for (int i = 1; i < all.size(); i++) {
      Association association = all.get(i).node().association();
      int[] key = RowKeys.shift(RowKeys.positions(association.target(), association.target().primaryKey()),
          level.mapper.offset(i));
      if (association.targetUniqueness() == TargetUniqueness.UNIQUE_CONSTRAINT && first.entities()[i] != null
          && second.entities()[i] != null && !RowKeys.key(first.values(), key).equals(RowKeys.key(second.values(), key))) {
        List<AttributeMetadata> source = association.sourceMatchAttributes();
        return UnexpectedRows.repeatedTargets(association, source, RowKeys.keyValues(RowKeys.key(first.values(),
            RowKeys.shift(RowKeys.positions(association.source(), source), level.mapper.offset(all.get(i).parent())))));
      }
    }
    ModelMetadata model = all.get(0).model();
    return new IncorrectResultSizeDataAccessException("a " + model.name() + " row is read twice for one parent: the live "
        + "table " + model.table() + ", or the join table naming its parents, lacks the primary key the generated "
        + "schema gives it", 1);
  }

  /** Which rows of a to-many include each parent gets: its options, and the required includes below it. */
  private static Selection rows(IncludeNode node) {
    IncludeOptions options = node.options();
    return new Selection(Predicate.both(options.where(), IncludePlan.required(node.children())),
        options.orderings(), options.limit(), options.offset());
  }

  /** Loads a to-many include for the entities of the branch's table in these rows (where there is one). */
  private void loadMany(Branch branch, List<LevelRow> parentRows) {
    Association association = branch.association;
    Map<Object, Targets> targetsByKey = new HashMap<>(parentRows.size() * 2);
    List<List<Object>> keys = new ArrayList<>();
    Object[] parentKeys = new Object[parentRows.size()];
    for (int i = 0; i < parentKeys.length; i++) {
      if (parentRows.get(i).entities()[branch.table] == null) {
        continue;
      }
      Object key = RowKeys.key(parentRows.get(i).values(), branch.parentKey);
      parentKeys[i] = key;
      if (key != null && targetsByKey.putIfAbsent(key, new Targets(AssociationFields.newCollection(association)))
          == null) {
        keys.add(RowKeys.keyValues(key));
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
      Targets targets = targetsByKey.get(row.parentKey());
      if (targets == null) {
        throw UnexpectedRows.unmatchedKey(association, row.parentKey());
      }
      targets.values.add(row.entities()[0]);
    }
    for (int i = 0; i < parentKeys.length; i++) {
      Object entity = parentRows.get(i).entities()[branch.table];
      if (entity == null) {
        continue;
      }
      if (parentKeys[i] == null) {
        AssociationFields.set(association, entity, AssociationFields.newCollection(association));
      } else {
        Targets targets = targetsByKey.get(parentKeys[i]);
        if (targets.handedOut) {
          AssociationFields.setMany(association, entity, targets.values);
        } else {
          AssociationFields.set(association, entity, targets.values);
          targets.handedOut = true;
        }
      }
    }
    complete(branch.level, rows);
  }

  /**
   * The targets of the parents with one key: the first such parent gets the collection itself, any
   * other (one entity read for several rows) a copy of its own.
   */
  private static final class Targets {
    final Collection<Object> values;
    boolean handedOut;

    Targets(Collection<Object> values) {
      this.values = values;
    }
  }

  private EntityAccess<Object> access(ModelMetadata model) {
    return accesses.computeIfAbsent(model.type(), t -> EntityAccess.of(model));
  }

  /** The tables the roots' statement of a compiled plan reads. */
  public JoinedTables rootTables(Compiled plan) {
    return plan.root.tables;
  }

  /** A plan worked out for loading by the loader that compiled it; immutable, shareable by threads. */
  public static final class Compiled {

    private final Level root;

    private Compiled(Level root) {
      this.root = root;
    }
  }

  /**
   * The tables one statement reads, how to read its rows, and the to-many includes below them.
   *
   * @param identity the positions of the primary key among the level's model's values
   * @param sharedRows whether one entity may be read once per parent (a BelongsToMany's targets)
   * @param joinsOnUniqueConstraints whether a to-one join relies on a {@code UNIQUE} constraint the
   *     live schema might lack, so that rows must be checked not to repeat
   */
  private record Level(JoinedTables tables, LevelRowMapper mapper, List<Branch> branches, int[] identity,
      boolean sharedRows, boolean joinsOnUniqueConstraints) {
  }

  /**
   * A to-many include below table {@code table} of a level.
   *
   * @param parentKey the positions of the parents' referenced key among their rows' values
   */
  private record Branch(int table, Association association, int[] parentKey, RelatedQuery query, Level level) {
  }
}
