package dev.associations.internal.execution;

import dev.associations.internal.query.IncludeNode;
import dev.associations.internal.query.IncludeOptions;
import dev.associations.internal.query.IncludePlan;
import dev.associations.internal.query.Predicate;
import dev.associations.internal.query.Selection;
import dev.associations.internal.sql.IncludeStatements;
import dev.associations.internal.sql.IncludeStatements.KeyedQuery;
import dev.associations.internal.sql.JoinedTables;
import dev.associations.internal.sql.JoinedTables.Table;
import dev.associations.internal.sql.SqlStatement;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import dev.associations.metadata.TargetUniqueness;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Loads roots with the associations of an {@link IncludePlan} and fills their fields. One statement
 * reads the roots with their to-one includes LEFT JOINed; each to-many include node then costs one
 * statement for all its parents, keyed by the parents' keys (see {@link
 * IncludeStatements#related}). The number of statements thus depends on the plan, not on the rows;
 * a to-many node whose parents are none, or all lack a key, issues no statement. An entity reached
 * along two rows may be read as two instances. The executor's listener hears of every statement and
 * of the rows each include loaded.
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
    return new Compiled(
        level(tables, LevelRowMapper.roots(tables, this::access), false),
        statements.rootsByKeys(tables));
  }

  private static void check(List<IncludeNode> nodes) {
    nodes.forEach(
        n -> {
          AssociationField.requireField(n.association());
          check(n.children());
        });
  }

  /**
   * @param sharedRows whether one row may be read for several parents (a BelongsToMany's targets)
   */
  private Level level(JoinedTables tables, LevelRowMapper mapper, boolean sharedRows) {
    List<Branch> branches = new ArrayList<>();
    List<Table> all = tables.tables();
    for (int i = 0; i < all.size(); i++) {
      for (IncludeNode node : all.get(i).separate()) {
        Association association = node.association();
        JoinedTables below = JoinedTables.of(node.model(), node.children());
        branches.add(
            new Branch(
                i,
                AssociationField.of(association),
                RowKeys.shift(
                    RowKeys.positions(
                        association.source(), association.foreignKey().referencedAttributes()),
                    mapper.offset(i)),
                statements.related(below, association, rows(node), node.options().through()),
                level(
                    below,
                    LevelRowMapper.related(below, this::access, association),
                    association.type() == AssociationType.BELONGS_TO_MANY)));
      }
    }
    List<AssociationField> joined =
        tables.tables().stream()
            .skip(1)
            .map(t -> AssociationField.of(t.joinedNode().association()))
            .toList();
    int[] joinedParents = tables.tables().stream().skip(1).mapToInt(Table::parent).toArray();
    return new Level(
        tables,
        mapper,
        joined,
        joinedParents,
        branches,
        RowKeys.positions(tables.base().model(), tables.base().model().primaryKey()),
        sharedRows,
        UniqueJoins.of(tables, mapper));
  }

  /**
   * Reads the roots with the statement {@code roots} builds for the plan's joined tables, then
   * loads and fills the includes.
   *
   * @return the roots, in the statement's order
   */
  public List<Object> load(Compiled plan, Function<JoinedTables, SqlStatement> roots) {
    Level level = plan.root;
    LevelRows rows = new LevelRows(level, row -> {}, true);
    executor.query(roots.apply(level.tables), rows);
    finish(level, rows);
    return rows.collected();
  }

  /**
   * Reads the roots as {@link #load} does, but as a stream over a cursor set up as {@code cursor}
   * says: the includes below them are loaded per chunk of a fetch size of roots (one statement per
   * to-many include and chunk), so that at most one chunk is held at once; {@code chunkScope} runs
   * the loading of each chunk's includes (in a scope of the caller's choice). Closing the stream
   * closes the cursor.
   */
  public Stream<Object> stream(
      Compiled plan,
      Function<JoinedTables, SqlStatement> roots,
      CursorSettings cursor,
      Consumer<Runnable> chunkScope) {
    Level level = plan.root;
    int chunk = cursor.fetchSize();
    Stream<LevelRow> rows = executor.stream(roots.apply(level.tables), level.mapper, cursor);
    Iterator<LevelRow> fetched = rows.iterator();
    Iterator<Object> entities =
        new Iterator<>() {
          private Iterator<Object> loaded = Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            if (!loaded.hasNext() && fetched.hasNext()) {
              LevelRows batch = new LevelRows(level, row -> {}, true);
              while (batch.count < chunk && fetched.hasNext()) {
                batch.accept(fetched.next());
              }
              chunkScope.accept(() -> finish(level, batch));
              loaded = batch.collected().iterator();
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
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(entities, Spliterator.ORDERED), false)
        .onClose(rows::close);
  }

  /**
   * The rows of a level's statement, worked on as each is read, while it is in the processor's
   * cache: the joined to-one fields set, the row checked not to repeat its entity, the entity
   * handed to its parent (or, for roots, to the list of entities). Rows are kept only where
   * something needs them later (to-many includes below); for the message naming a repetition, only
   * each row's identity and the keys of its rows joined on unique constraints, objects its entities
   * hold anyway.
   */
  private final class LevelRows implements RowCallbackHandler {

    private final Level level;
    private final Consumer<LevelRow> sink;
    private final @Nullable List<LevelRow> kept;

    /**
     * Each row's identity and joined keys, where repetitions are checked ({@code null} otherwise).
     */
    private final @Nullable List<@Nullable Object> identities;

    private final @Nullable List<@Nullable Object> joinedKeys;

    /** The level's entities in row order, when asked for ({@code null} otherwise). */
    private final @Nullable List<Object> entities;

    private final int[] found;
    private final @Nullable DistinctKeys seen;
    private int count;

    /**
     * @param collect whether to collect the level's entities (the roots)
     */
    LevelRows(Level level, Consumer<LevelRow> sink, boolean collect) {
      this.level = level;
      this.sink = sink;
      this.kept = level.branches.isEmpty() ? null : new ArrayList<>();
      this.entities = collect ? new ArrayList<>() : null;
      this.found = new int[level.joined.size()];
      boolean checked = level.uniqueJoins.any();
      this.seen = checked ? new DistinctKeys(64) : null;
      this.identities = checked ? new ArrayList<>() : null;
      this.joinedKeys = checked ? new ArrayList<>() : null;
    }

    @Override
    public void processRow(ResultSet row) throws SQLException {
      accept(level.mapper.mapRow(row, count));
    }

    void accept(LevelRow row) {
      count++;
      @Nullable Object[] entities = row.entities();
      for (int i = 0; i < found.length; i++) {
        Object parent = entities[level.joinedParents[i]];
        if (parent != null) {
          Object child = entities[i + 1];
          level.joined.get(i).set(parent, child);
          found[i] += child == null ? 0 : 1;
        }
      }
      if (seen != null
          && identities != null
          && joinedKeys != null) { // all three where repetitions are checked
        Object identity = identity(level, row);
        if (!seen.add(identity)) {
          throw repeated(identity, row);
        }
        identities.add(identity);
        joinedKeys.add(level.uniqueJoins.keys(row));
      }
      sink.accept(row);
      if (kept != null) {
        kept.add(row);
      }
      if (this.entities != null) {
        this.entities.add(row.entity());
      }
    }

    /** The level's entities, collected when asked for. */
    List<Object> collected() {
      return Objects.requireNonNull(entities, "the entities, collected for the roots");
    }

    /** The rows, kept where to-many includes below them need them. */
    List<LevelRow> kept() {
      return Objects.requireNonNull(kept, "the rows, kept where to-many includes follow");
    }

    /** The failure naming the joined association that gave this row's entity a second row. */
    private RuntimeException repeated(@Nullable Object identity, LevelRow second) {
      // kept where repetitions are checked, as this one was
      List<@Nullable Object> keys = Objects.requireNonNull(joinedKeys, "the joined keys");
      return IncludeLoader.repeated(
          level, keys.get(Objects.requireNonNull(identities).indexOf(identity)), second);
    }
  }

  /**
   * Reports the joined to-one includes of a level's rows, then loads the to-many includes below
   * them.
   */
  private void finish(Level level, LevelRows rows) {
    for (int i = 0; i < rows.found.length; i++) {
      executor.listener().includeLoaded(level.joined.get(i).association(), rows.found[i]);
    }
    for (Branch branch : level.branches) {
      loadMany(branch, rows.kept());
    }
  }

  /**
   * What tells a level's rows apart: the entity's key, with its parent's for rows shared by
   * parents.
   */
  private static @Nullable Object identity(Level level, LevelRow row) {
    Object entity = RowKeys.key(row.values(), level.identity);
    return level.sharedRows ? List.of(row.parentKey(), entity) : entity;
  }

  /** The failure naming the joined association that gave two rows for one entity. */
  private static RuntimeException repeated(
      Level level, @Nullable Object firstKeys, LevelRow second) {
    UniqueJoins unique = level.uniqueJoins;
    Object secondKeys = unique.keys(second);
    for (int j = 0; j < unique.tables.length; j++) {
      Object one = unique.key(firstKeys, j);
      Object other = unique.key(secondKeys, j);
      if (one != null && other != null && !one.equals(other)) {
        Table table = level.tables.tables().get(unique.tables[j]);
        Association association = table.joinedNode().association();
        List<AttributeMetadata> source = association.sourceMatchAttributes();
        // the joined row matched its source row on these values, so they are there
        Object sourceKey =
            Objects.requireNonNull(
                RowKeys.key(
                    second.values(),
                    RowKeys.shift(
                        RowKeys.positions(association.source(), source),
                        level.mapper.offset(table.parent()))));
        return UnexpectedRows.repeatedTargets(association, source, RowKeys.keyValues(sourceKey));
      }
    }
    ModelMetadata model = level.tables.base().model();
    return new IncorrectResultSizeDataAccessException(
        "a "
            + model.name()
            + " row is read twice for one parent: the live "
            + "table "
            + model.table()
            + ", or the join table naming its parents, lacks the primary key the generated "
            + "schema gives it",
        1);
  }

  /**
   * The tables of a level joined to-one on a key that relies on a {@code UNIQUE} constraint the
   * live schema might lack, so that the level's rows must be checked not to repeat their entity,
   * and the positions of each one's primary key in a row.
   */
  private record UniqueJoins(int[] tables, int[][] keys) {

    static UniqueJoins of(JoinedTables joined, LevelRowMapper mapper) {
      List<Table> all = joined.tables();
      int[] tables =
          IntStream.range(1, all.size())
              .filter(
                  i ->
                      all.get(i).joinedNode().association().targetUniqueness()
                          == TargetUniqueness.UNIQUE_CONSTRAINT)
              .toArray();
      int[][] keys = new int[tables.length][];
      for (int j = 0; j < tables.length; j++) {
        ModelMetadata model = all.get(tables[j]).model();
        keys[j] =
            RowKeys.shift(RowKeys.positions(model, model.primaryKey()), mapper.offset(tables[j]));
      }
      return new UniqueJoins(tables, keys);
    }

    boolean any() {
      return tables.length > 0;
    }

    /** The keys of a row's rows in these tables: the key itself for one table (no new object). */
    @Nullable Object keys(LevelRow row) {
      if (tables.length == 1) {
        return RowKeys.key(row.values(), keys[0]);
      }
      @Nullable Object[] all = new Object[tables.length];
      for (int j = 0; j < all.length; j++) {
        all[j] = RowKeys.key(row.values(), keys[j]);
      }
      return all;
    }

    /** The key of the j-th table in what {@link #keys} returned. */
    @Nullable Object key(@Nullable Object rowKeys, int j) {
      return tables.length == 1
          ? rowKeys
          : ((@Nullable Object[]) Objects.requireNonNull(rowKeys))[j];
    }
  }

  /**
   * Which rows of a to-many include each parent gets: its options, and the required includes below
   * it.
   */
  private static Selection rows(IncludeNode node) {
    IncludeOptions options = node.options();
    return new Selection(
        Predicate.both(options.where(), IncludePlan.required(node.children())),
        options.orderings(),
        options.limit(),
        options.offset());
  }

  /**
   * Loads a to-many include for the entities of the branch's table in these rows (where there is
   * one).
   */
  private void loadMany(Branch branch, List<LevelRow> parentRows) {
    AssociationField field = branch.field;
    Association association = field.association();
    Map<Object, Targets> targetsByKey = new HashMap<>(parentRows.size() * 2);
    List<List<Object>> keys = new ArrayList<>();
    @Nullable Object[] parentKeys = new Object[parentRows.size()];
    for (int i = 0; i < parentKeys.length; i++) {
      if (parentRows.get(i).entities()[branch.table] == null) {
        continue;
      }
      Object key = RowKeys.key(parentRows.get(i).values(), branch.parentKey);
      parentKeys[i] = key;
      if (key != null
          && targetsByKey.putIfAbsent(key, new Targets(field.newCollection())) == null) {
        keys.add(RowKeys.keyValues(key));
      }
    }
    LevelRows rows =
        new LevelRows(
            branch.level,
            row -> {
              Targets targets = targetsByKey.get(row.parentKey());
              if (targets == null) {
                throw UnexpectedRows.unmatchedKey(association, row.parentKey());
              }
              targets.values.add(row.entity());
            },
            false);
    if (!keys.isEmpty()) {
      StatementExecutor related = executor.forAssociation(association);
      for (SqlStatement statement : branch.query.forKeys(keys)) {
        related.query(statement, rows);
      }
    }
    executor.listener().includeLoaded(association, rows.count);
    for (int i = 0; i < parentKeys.length; i++) {
      Object entity = parentRows.get(i).entities()[branch.table];
      if (entity == null) {
        continue;
      }
      Object parentKey = parentKeys[i];
      if (parentKey == null) {
        field.set(entity, field.newCollection());
      } else {
        Targets targets =
            Objects.requireNonNull(targetsByKey.get(parentKey), "the targets of a key asked for");
        if (targets.handedOut) {
          field.setCopy(entity, targets.values);
        } else {
          field.set(entity, targets.values);
          targets.handedOut = true;
        }
      }
    }
    finish(branch.level, rows);
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

  /**
   * The statements reading a compiled plan's roots by their keys (one per chunk of keys), with its
   * joins.
   */
  public List<SqlStatement> rootsByKeys(Compiled plan, List<List<Object>> keys) {
    return plan.byKeys.forKeys(keys);
  }

  /**
   * A plan worked out for loading by the loader that compiled it; immutable, shareable by threads.
   */
  public static final class Compiled {

    private final Level root;
    private final KeyedQuery byKeys;

    private Compiled(Level root, KeyedQuery byKeys) {
      this.root = root;
      this.byKeys = byKeys;
    }
  }

  /**
   * The tables one statement reads, how to read its rows, and the to-many includes below them.
   *
   * @param joined the fields of the joined to-one associations, one per table after the first
   * @param joinedParents for each of those, the index of the table it is joined to
   * @param identity the positions of the primary key among the level's model's values
   * @param sharedRows whether one entity may be read once per parent (a BelongsToMany's targets)
   * @param uniqueJoins the to-one joins relying on a {@code UNIQUE} constraint the live schema
   *     might lack, so that rows must be checked not to repeat
   */
  private record Level(
      JoinedTables tables,
      LevelRowMapper mapper,
      List<AssociationField> joined,
      int[] joinedParents,
      List<Branch> branches,
      int[] identity,
      boolean sharedRows,
      UniqueJoins uniqueJoins) {}

  /**
   * A to-many include below table {@code table} of a level.
   *
   * @param parentKey the positions of the parents' referenced key among their rows' values
   */
  private record Branch(
      int table, AssociationField field, int[] parentKey, KeyedQuery query, Level level) {}
}
