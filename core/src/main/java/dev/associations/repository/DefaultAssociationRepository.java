package dev.associations.repository;

import dev.associations.internal.execution.CursorSettings;
import dev.associations.internal.execution.EntityAccess;
import dev.associations.internal.execution.EntityKeys;
import dev.associations.internal.execution.EntityRowMapper;
import dev.associations.internal.execution.EntityWriter;
import dev.associations.internal.execution.IncludeLoader;
import dev.associations.internal.execution.JdbcValues;
import dev.associations.internal.execution.StatementExecutor;
import dev.associations.internal.query.IncludePlan;
import dev.associations.internal.query.Selection;
import dev.associations.internal.sql.IncludeStatements;
import dev.associations.internal.sql.JoinedTables;
import dev.associations.internal.sql.ModelStatements;
import dev.associations.internal.sql.SqlStatement;
import dev.associations.listener.StatementKind;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import dev.associations.registry.AssociationRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The implementation behind every repository proxy: CRUD and queries for one model. Finds without
 * includes read the declared attributes directly; with includes an {@link IncludeLoader} does.
 */
final class DefaultAssociationRepository<T, ID> implements AssociationRepository<T, ID> {

  /**
   * The most lists of includes whose compiled plans are kept (include lists may come from
   * requests).
   */
  static final int CACHED_PLANS = 256;

  /**
   * The rows a stream reads at a time, and the roots whose includes it loads with one statement
   * each.
   */
  static final int STREAM_CHUNK = 1000;

  private final ModelMetadata model;
  private final StatementExecutor executor;
  private final TransactionTemplate transaction;

  /** Where reads run: read-only on one connection outside a transaction. */
  private final ReadScope reads;

  private final ModelStatements statements;
  private final EntityRowMapper<T> rowMapper;
  private final EntityKeys<T> keys;
  private final EntityWriter<T> writer;
  private final EntityAccess<T> access;
  private final QueryResolver queries;
  private final AssociationRegistry registry;
  private final IncludeStatements includeStatements;
  private final IncludeLoader includes;
  private final Mixins mixins;
  private final CursorSettings cursors;
  private final Map<List<String>, IncludeLoader.Compiled> plans = new ConcurrentHashMap<>();

  DefaultAssociationRepository(
      ModelStatements statements,
      EntityAccess<T> access,
      Class<?> idType,
      StatementExecutor executor,
      TransactionTemplate transaction,
      AssociationRegistry registry,
      IncludeStatements includeStatements,
      Mixins mixins,
      ReadScope reads,
      boolean cursorsNeedTransaction) {
    this.mixins = mixins;
    this.cursors =
        new CursorSettings(STREAM_CHUNK, cursorsNeedTransaction, reads.marksConnections());
    this.model = access.model();
    this.registry = registry;
    this.includeStatements = includeStatements;
    this.includes = new IncludeLoader(executor, includeStatements);
    this.executor = executor;
    this.transaction = transaction;
    this.reads = reads;
    this.statements = statements;
    this.rowMapper = new EntityRowMapper<>(access, statements.selectedAttributes());
    this.keys = new EntityKeys<>(access, idType);
    this.writer = new EntityWriter<>(executor, statements, access, keys);
    this.access = access;
    this.queries = new QueryResolver(registry, model);
  }

  @Override
  public T save(T entity) {
    Objects.requireNonNull(entity, "entity");
    return saveAll(List.of(entity)).get(0);
  }

  @Override
  public List<T> saveAll(Iterable<T> entities) {
    List<T> all = toList(entities, "entities");
    List<T> inserts = new ArrayList<>();
    try {
      transaction.executeWithoutResult(
          status -> {
            Set<List<Object>> existing = keys.generated() != null ? Set.of() : existingKeys(all);
            List<T> updates = new ArrayList<>();
            for (T entity : all) {
              boolean isNew =
                  keys.generated() != null
                      ? keys.isNew(entity)
                      : !existing.contains(keys.entityValues(entity));
              (isNew ? inserts : updates).add(entity);
            }
            writer.insert(inserts);
            if (writer.hasColumnsToUpdate()) {
              writer.update(updates, writer.version() == null ? this::noSuchRow : this::staleRow);
            } else if (keys.generated() != null) {
              checkExisting(updates);
            }
          });
    } catch (RuntimeException | Error e) {
      // rolled back: keys generated for the inserts name no rows, and the entities are new again
      if (keys.generated() != null) {
        inserts.forEach(keys::clearGenerated);
      }
      throw e;
    }
    return all;
  }

  /** The keys of the given entities that have rows. */
  private Set<List<Object>> existingKeys(List<T> entities) {
    if (entities.isEmpty()) {
      return Set.of();
    }
    List<List<Object>> candidates = entities.stream().map(keys::entityValues).toList();
    List<AttributeMetadata> key = keys.attributes();
    RowMapper<List<Object>> keyMapper =
        (row, n) -> {
          List<Object> values = new ArrayList<>();
          for (int i = 0; i < key.size(); i++) {
            values.add(JdbcValues.read(row, i + 1, key.get(i).javaType()));
          }
          return values;
        };
    Set<List<Object>> existing = new HashSet<>();
    statements
        .selectExistingKeys(candidates)
        .forEach(statement -> existing.addAll(query(statement, keyMapper)));
    return existing;
  }

  /**
   * For a model with nothing to update but its key: the rows must exist, as an update would
   * require.
   */
  private void checkExisting(List<T> updates) {
    Set<List<Object>> existing = existingKeys(updates);
    updates.stream()
        .filter(e -> !existing.contains(keys.entityValues(e)))
        .findFirst()
        .ifPresent(
            missing -> {
              throw noSuchRow(missing);
            });
  }

  private static List<Object> withVersion(List<Object> key, @Nullable Object version) {
    List<Object> values = new ArrayList<>(key);
    values.add(version);
    return values;
  }

  /** A versioned entity whose row is gone, or was written since the entity was read. */
  private RuntimeException staleRow(T entity) {
    AttributeMetadata version =
        Objects.requireNonNull(writer.version(), "the version telling a stale row");
    return new OptimisticLockingFailureException(
        model.name()
            + " with "
            + keys.attributes().stream().map(AttributeMetadata::name).toList()
            + " = "
            + keys.entityValues(entity)
            + " and "
            + version.name()
            + " "
            + access.get(entity, version)
            + " was changed or deleted since it was read; read it again and"
            + " retry");
  }

  private RuntimeException noSuchRow(T entity) {
    return new IncorrectUpdateSemanticsDataAccessException(
        "Cannot update "
            + model.name()
            + " with "
            + keys.attributes().stream().map(AttributeMetadata::name).toList()
            + " = "
            + keys.entityValues(entity)
            + ": no such row; to insert it, leave its @AutoIncrement key unset (null, or 0 in a primitive field)");
  }

  @Override
  public Optional<T> findById(ID id, String... include) {
    IncludeLoader.Compiled plan = plan(include);
    List<Object> key = keys.idValues(id);
    return reads.run(() -> byKeys(plan, List.of(key))).stream().findFirst();
  }

  @Override
  public List<T> findAllById(Iterable<ID> ids, String... include) {
    IncludeLoader.Compiled plan = plan(include);
    List<List<Object>> keyValues = toList(ids, "ids").stream().map(keys::idValues).toList();
    return keyValues.isEmpty() ? List.of() : reads.run(() -> byKeys(plan, keyValues));
  }

  @Override
  public List<T> findAll(String... include) {
    IncludeLoader.Compiled plan = plan(include);
    return reads.run(() -> select(plan, Selection.all()));
  }

  @Override
  public List<T> findAll(Query query) {
    Objects.requireNonNull(query, "query");
    Planned planned = planned(query);
    return reads.run(() -> select(planned.plan, planned.selection));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Stream<T> stream(Query query) {
    Objects.requireNonNull(query, "query");
    Planned planned = planned(query);
    return planned.plan == null
        ? executor.stream(statements.select(planned.selection), rowMapper, cursors)
        : (Stream<T>)
            includes.stream(
                planned.plan,
                tables -> includeStatements.roots(tables, planned.selection),
                cursors,
                reads::execute);
  }

  /** The compiled includes of a query (or {@code null}) and the selection of its roots. */
  private record Planned(IncludeLoader.@Nullable Compiled plan, Selection selection) {}

  private Planned planned(Query query) {
    Selection selection = queries.selection(query);
    if (!query.hasIncludeOptions()) {
      return new Planned(plan(query.includePaths().toArray(String[]::new)), selection);
    }
    IncludePlan plan = queries.plan(query); // options hold values: compiled for this call only
    return new Planned(includes.compile(plan), selection.and(plan.rootCondition()));
  }

  @Override
  public Page<T> findAll(Query query, Pageable pageable) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(pageable, "pageable");
    return reads.run(
        () -> {
          List<T> content = findAll(query.page(pageable));
          return PageableExecutionUtils.getPage(content, pageable, () -> count(query));
        });
  }

  /**
   * The rows of SQL of your own, read by column label; with includes, read again by primary key
   * with them loaded (one statement more), in the SQL's order.
   */
  List<T> findBySql(SqlStatement statement, String[] include) {
    return reads.run(() -> findBySqlStatements(statement, include));
  }

  private List<T> findBySqlStatements(SqlStatement statement, String[] include) {
    List<T> rows = query(statement, new LabelledRowMapper<>(access));
    if (include.length == 0 || rows.isEmpty()) {
      return rows;
    }
    List<List<Object>> keyValues = new ArrayList<>();
    for (T row : rows) {
      if (keys.attributes().stream().anyMatch(a -> access.get(row, a) == null)) {
        throw new IllegalStateException(
            "cannot load "
                + Arrays.toString(include)
                + " for the rows of "
                + statement.sql()
                + ": it must select the primary key "
                + keys.attributes().stream().map(AttributeMetadata::columnName).toList());
      }
      keyValues.add(keys.entityValues(row));
    }
    Map<List<Object>, T> loaded = new HashMap<>();
    byKeys(plan(include), keyValues.stream().distinct().toList())
        .forEach(e -> loaded.put(keys.entityValues(e), e));
    return keyValues.stream().map(loaded::get).filter(Objects::nonNull).toList();
  }

  /** Runs a modifying statement of your own in a transaction; the number of rows changed. */
  int updateBySql(SqlStatement statement) {
    return transaction.execute(
        status -> executor.update(StatementKind.UPDATE, statement.sql(), statement.parameters()));
  }

  /**
   * The compiled plan of these includes, kept for the next call with the same ones (up to {@value
   * #CACHED_PLANS} lists of includes, then compiled every time); {@code null} for none.
   */
  private IncludeLoader.@Nullable Compiled plan(String[] include) {
    Objects.requireNonNull(include, "include");
    if (include.length == 0) {
      return null;
    }
    List<String> key = Arrays.asList(include.clone()); // null paths are reported by IncludePlan
    IncludeLoader.Compiled plan = plans.get(key);
    if (plan == null) {
      plan = includes.compile(IncludePlan.of(registry, model.type(), include));
      if (plans.size() < CACHED_PLANS) {
        plans.putIfAbsent(key, plan);
      }
    }
    return plan;
  }

  /**
   * The rows with these keys, one statement per chunk of keys (see {@code KeyTerms}), each with its
   * includes.
   */
  private List<T> byKeys(IncludeLoader.@Nullable Compiled plan, List<List<Object>> keyValues) {
    List<T> rows = new ArrayList<>();
    if (plan == null) {
      statements
          .selectByKeys(keyValues)
          .forEach(statement -> rows.addAll(query(statement, rowMapper)));
      return rows;
    }
    for (SqlStatement statement : includes.rootsByKeys(plan, keyValues)) {
      rows.addAll(load(plan, tables -> statement));
    }
    return rows;
  }

  private List<T> select(IncludeLoader.@Nullable Compiled plan, Selection selection) {
    return plan == null
        ? query(statements.select(selection), rowMapper)
        : load(plan, tables -> includeStatements.roots(tables, selection));
  }

  @SuppressWarnings("unchecked")
  private List<T> load(IncludeLoader.Compiled plan, Function<JoinedTables, SqlStatement> roots) {
    return (List<T>) includes.load(plan, roots);
  }

  @Override
  public long count() {
    return count(Query.all());
  }

  @Override
  public long count(Query query) {
    Selection selection = queries.selection(Objects.requireNonNull(query, "query"));
    SqlStatement count =
        statements.count(
            query.hasIncludeOptions()
                ? selection.and(queries.plan(query).rootCondition())
                : selection);
    return reads.run(() -> count(count));
  }

  @Override
  public boolean existsById(ID id) {
    SqlStatement count = statements.countByKey(keys.idValues(id));
    return reads.run(() -> count(count)) > 0;
  }

  @Override
  public void delete(T entity) {
    deleteAll(List.of(Objects.requireNonNull(entity, "entity")));
  }

  @Override
  public void deleteById(ID id) {
    List<Object> key = keys.idValues(id);
    transaction.executeWithoutResult(
        status -> executor.update(StatementKind.DELETE, statements.deleteByKey(null), key));
  }

  @Override
  public void deleteAll(Iterable<T> entities) {
    List<T> all = toList(entities, "entities");
    AttributeMetadata version = writer.version();
    List<List<Object>> keyValues =
        all.stream()
            .map(
                e ->
                    version == null
                        ? keys.entityValues(e)
                        : withVersion(keys.entityValues(e), access.get(e, version)))
            .toList();
    if (keyValues.isEmpty()) {
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          int[] counts =
              executor.batch(StatementKind.DELETE, statements.deleteByKey(version), keyValues);
          for (int i = 0; version != null && i < counts.length; i++) {
            if (counts[i] == 0) {
              throw staleRow(all.get(i));
            }
          }
        });
  }

  @Override
  public AssociationOperations association(Object entityOrId, String name) {
    return mixins.operations(entityOrId, Objects.requireNonNull(name, "name"));
  }

  private <R> List<R> query(SqlStatement statement, RowMapper<R> mapper) {
    return executor.query(statement, mapper);
  }

  private long count(SqlStatement statement) {
    List<Long> counts = query(statement, (row, n) -> row.getLong(1));
    return counts.get(0);
  }

  private static <E> List<E> toList(Iterable<E> items, String name) {
    Objects.requireNonNull(items, name);
    List<E> list = StreamSupport.stream(items.spliterator(), false).toList();
    if (list.contains(null)) {
      throw new IllegalArgumentException(name + " must not contain null");
    }
    return list;
  }
}
