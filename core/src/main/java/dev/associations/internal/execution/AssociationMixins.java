package dev.associations.internal.execution;

import dev.associations.dialect.Dialect;
import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.internal.sql.MixinStatements;
import dev.associations.internal.sql.ModelStatements;
import dev.associations.internal.sql.SqlStatement;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.ModelMetadata;
import java.lang.reflect.Field;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.util.ReflectionUtils;

/**
 * The mixin operations of one association, executed by SQL. Sources and targets are entities or
 * ids; every key is read before the first statement, so a bad argument throws {@link
 * IllegalArgumentException} without touching the database. Writes are JDBC batches: the number of
 * statements never depends on the number of targets. Transactions are up to the caller.
 */
public final class AssociationMixins {

  private final Association association;
  private final StatementExecutor executor;
  private final MixinStatements statements;
  private final ModelKeys sources;
  private final ModelKeys targets;
  private final RowMapper<Object> rowMapper;
  private final EntityWriter<Object> writer;
  private final EntityKeys<Object> targetKeys;
  private final LinkWriter links;

  /** The join model's attributes a new link needs a value for: NOT NULL without a default. */
  private final List<AttributeMetadata> requiredLinkValues;

  /**
   * Fills a target's join row field, for a BelongsToMany through a join model; else {@code null}.
   */
  private final @Nullable JoinRowReader joinRowReader;

  /** The mixins of this association, executing with {@code executor}'s connection and listener. */
  public AssociationMixins(StatementExecutor executor, Dialect dialect, Association association) {
    this.association = association;
    this.executor = executor.forAssociation(association);
    this.statements = new MixinStatements(dialect, association);
    this.sources = new ModelKeys(EntityAccess.of(association.source()));
    this.targets = new ModelKeys(EntityAccess.of(association.target()));
    JoinRowReader joinRows = JoinRowReader.of(association, EntityAccess::of);
    this.joinRowReader = joinRows;
    EntityRowMapper<Object> entities =
        new EntityRowMapper<>(targets.access(), statements.selectedAttributes());
    int joinRowColumn = statements.selectedAttributes().size() + 1;
    this.rowMapper =
        joinRows == null
            ? entities
            : (row, n) -> {
              Object target = entities.mapRow(row, n);
              joinRows.fill(target, row, joinRowColumn);
              return target;
            };
    ModelMetadata target = association.target();
    ModelStatements targetStatements = new ModelStatements(dialect, target);
    // the writer only inserts, so its keys need no id record: only the generated key matters
    Class<?> idType =
        target.primaryKey().isEmpty() ? Object.class : target.primaryKey().get(0).javaType();
    this.targetKeys = new EntityKeys<>(targets.access(), idType);
    this.writer = new EntityWriter<>(this.executor, targetStatements, targets.access(), targetKeys);
    this.links = new LinkWriter(this.executor, statements, association);
    this.requiredLinkValues =
        statements.linkValueAttributes().stream()
            .filter(a -> !a.nullable() && !a.hasDefaultValue())
            .toList();
  }

  public Association association() {
    return association;
  }

  /**
   * The linked targets: at most one for a single association.
   *
   * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when a single
   *     association whose key the generated schema makes unique finds several: the live schema
   *     lacks the constraint
   */
  public List<Object> get(Object source) {
    List<Object> sourceKey = sourceKey(source);
    List<Object> targets = query(statements.select(sourceKey), rowMapper);
    if (targets.size() > 1 && !association.isMultiple()) {
      throw UnexpectedRows.repeatedTargets(association, statements.sourceIdentity(), sourceKey);
    }
    return targets;
  }

  /**
   * The linked targets of each source (a multiple association), in the order of the sources, read
   * by one statement for all of them (or one per chunk of 1,000 keys).
   */
  public List<List<Object>> getEach(List<?> sources) {
    List<List<Object>> keys = sourceKeys(sources);
    if (keys.isEmpty()) {
      return List.of();
    }
    Map<List<Object>, List<Object>> bySource = new HashMap<>();
    keys.forEach(key -> bySource.put(key, new ArrayList<>()));
    List<AttributeMetadata> identity = statements.sourceIdentity();
    int width = statements.selectedAttributes().size();
    EntityRowMapper<Object> entities =
        new EntityRowMapper<>(targets.access(), statements.selectedAttributes());
    for (SqlStatement statement : statements.selectForSources(new ArrayList<>(bySource.keySet()))) {
      query(
          statement,
          (row, n) -> {
            Object target = entities.mapRow(row, n);
            List<Object> key = readKey(row, width, identity);
            if (joinRowReader != null) {
              joinRowReader.fill(target, row, width + identity.size() + 1);
            }
            List<Object> targets = bySource.get(key);
            if (targets == null) {
              throw UnexpectedRows.unmatchedKey(association, key);
            }
            targets.add(target);
            return target; // the list of rows the query returns is not used
          });
    }
    return keys.stream().map(key -> List.copyOf(bySource.get(key))).toList();
  }

  /**
   * The number of linked targets of each source, in the order of the sources, counted by one {@code
   * GROUP BY} statement.
   */
  public List<Long> countEach(List<?> sources) {
    List<List<Object>> keys = sourceKeys(sources);
    if (keys.isEmpty()) {
      return List.of();
    }
    Map<List<Object>, Long> counts = new HashMap<>();
    List<AttributeMetadata> identity = statements.sourceIdentity();
    for (SqlStatement statement : statements.countForSources(keys.stream().distinct().toList())) {
      query(
          statement,
          (row, n) -> counts.put(readKey(row, 0, identity), row.getLong(identity.size() + 1)));
    }
    return keys.stream().map(key -> counts.getOrDefault(key, 0L)).toList();
  }

  private List<List<Object>> sourceKeys(List<?> sources) {
    List<List<Object>> keys = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      keys.add(
          this.sources.values(
              sources.get(i),
              statements.sourceIdentity(),
              association.source().name() + " #" + (i + 1)));
    }
    return keys;
  }

  /**
   * The source key in the columns after the first {@code skipped}, as values of its attributes'
   * types.
   */
  private static List<Object> readKey(ResultSet row, int skipped, List<AttributeMetadata> key)
      throws SQLException {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      values.add(JdbcValues.read(row, skipped + i + 1, AttributeTypes.box(key.get(i).javaType())));
    }
    return values;
  }

  /** The number of linked targets. */
  public long count(Object source) {
    return query(statements.count(sourceKey(source)), (row, n) -> row.getLong(1)).get(0);
  }

  /** Whether every given target is linked; {@code true} for none. */
  public boolean has(Object source, Collection<?> given) {
    List<Object> sourceKey = sourceKey(source);
    List<List<Object>> keys = distinctTargetKeys(given);
    if (keys.isEmpty()) {
      return true;
    }
    long linked = 0;
    for (SqlStatement statement : statements.countAmong(sourceKey, keys)) {
      linked += query(statement, (row, n) -> row.getLong(1)).get(0);
    }
    return linked == keys.size();
  }

  /**
   * Links the given targets. A BelongsToMany pair that exists already keeps its join row, whose
   * values are overwritten when any are given (see {@link #joinRows}).
   *
   * @param joinValues an instance of the join model whose values every new join row takes (unless
   *     the target carries its own), or {@code null}
   */
  public void add(Object source, Collection<?> given, @Nullable Object joinValues) {
    List<Object> sourceKey = sourceKey(source);
    Map<List<Object>, Object> byKey = distinctTargets(given);
    List<List<Object>> keys = new ArrayList<>(byKey.keySet());
    if (association.type() == AssociationType.BELONGS_TO_MANY) {
      Map<List<Object>, @Nullable Object> joinRows = joinRows(byKey, joinValues, sourceKey);
      Set<List<Object>> existing = new LinkedHashSet<>();
      for (SqlStatement statement : statements.linkedAmong(sourceKey, keys)) {
        existing.addAll(query(statement, this::targetKeyRow));
      }
      writeJoinRows(sourceKey, joinRows, existing);
      return;
    }
    requireNoJoinValues(joinValues);
    links.assign(sourceKey, keys);
    given.forEach(t -> targets.assign(t, linkedAttributes(), linkedValues(sourceKey)));
  }

  /**
   * Unlinks the given targets: join rows deleted, foreign keys nulled (or rows deleted when NOT
   * NULL).
   */
  public void remove(Object source, Collection<?> given) {
    links.unlink(sourceKey(source), new ArrayList<>(distinctTargets(given).keySet()));
  }

  /**
   * Makes the given targets the linked ones. BelongsTo writes only the source's foreign key (none
   * given: NULL); the others unlink the rest as {@link #remove} does and link the missing ones, a
   * BelongsToMany with join values as {@link #add} does.
   */
  public void set(Object source, Collection<?> given, @Nullable Object joinValues) {
    if (association.type() != AssociationType.BELONGS_TO_MANY) {
      requireNoJoinValues(joinValues);
    }
    if (association.type() == AssociationType.BELONGS_TO) {
      setBelongsTo(source, given.isEmpty() ? null : given.iterator().next());
      return;
    }
    List<Object> sourceKey = sourceKey(source);
    Map<List<Object>, Object> byKey = distinctTargets(given);
    Map<List<Object>, @Nullable Object> joinRows =
        association.type() == AssociationType.BELONGS_TO_MANY
            ? joinRows(byKey, joinValues, sourceKey)
            : null;
    Set<List<Object>> current =
        new LinkedHashSet<>(query(statements.linked(sourceKey), this::targetKeyRow));
    links.unlink(sourceKey, current.stream().filter(k -> !byKey.containsKey(k)).toList());
    List<List<Object>> missing = byKey.keySet().stream().filter(k -> !current.contains(k)).toList();
    if (joinRows != null) {
      writeJoinRows(sourceKey, joinRows, current);
    } else {
      links.assign(sourceKey, missing);
      given.forEach(t -> targets.assign(t, linkedAttributes(), linkedValues(sourceKey)));
    }
  }

  private void setBelongsTo(Object source, @Nullable Object target) {
    List<Object> sourceKey = sourceKey(source);
    ForeignKeyMetadata key = association.foreignKey();
    if (target == null) {
      if (links.unassignSource(sourceKey)) {
        sources.assign(source, key.attributes(), null);
      }
      return;
    }
    List<Object> values =
        targets.values(target, statements.targetIdentity(), "the " + association.singular());
    links.assignSource(sourceKey, values);
    sources.assign(source, linkedAttributes(), linkedValues(values));
  }

  /**
   * Inserts a new target already linked to the source, and returns it with its generated key; when
   * the link fails after the insert (which the caller's transaction then rolls back), the target's
   * generated key is unset again, so that it stays new.
   */
  public Object create(Object source, Object target, @Nullable Object joinValues) {
    if (!targets.isEntity(target)) {
      throw new IllegalArgumentException(
          "the new "
              + association.singular()
              + " must be a "
              + association.target().name()
              + " entity, not "
              + target);
    }
    Object joinRow =
        association.type() == AssociationType.BELONGS_TO_MANY
            ? joinRow(target, joinValues, sourceKey(source), "the new " + association.singular())
            : requireNoJoinValues(joinValues);
    boolean wasNew = targetKeys.isNew(target);
    try {
      insertLinked(source, target, joinRow);
    } catch (RuntimeException | Error e) {
      if (wasNew) {
        targetKeys.clearGenerated(target);
      }
      throw e;
    }
    return target;
  }

  private void insertLinked(Object source, Object target, @Nullable Object joinRow) {
    switch (association.type()) {
      case HAS_ONE, HAS_MANY -> {
        List<Object> values = linkedValues(sourceKey(source));
        writer.insertLinked(target, linkedAttributes(), values);
        targets.assign(target, linkedAttributes(), values);
      }
      case BELONGS_TO -> {
        sourceKey(source); // checks the source before the insert
        writer.insert(List.of(target));
        setBelongsTo(source, target);
      }
      default -> {
        List<Object> sourceKey = sourceKey(source);
        writer.insert(List.of(target));
        links.insert(
            sourceKey,
            List.of(
                targets.values(
                    target, statements.targetIdentity(), "the new " + association.singular())),
            Collections.singletonList(joinRow));
      }
    }
  }

  /**
   * The attributes a link writes on the row holding the foreign key: the key's, then the scope's.
   */
  private List<AttributeMetadata> linkedAttributes() {
    List<AttributeMetadata> attributes = new ArrayList<>(association.foreignKey().attributes());
    attributes.addAll(statements.scopeAttributes());
    return attributes;
  }

  /** The values of the {@link #linkedAttributes()}: these key values, then the scope's. */
  private List<Object> linkedValues(List<Object> key) {
    List<Object> values = new ArrayList<>(key);
    values.addAll(statements.scopeValues());
    return values;
  }

  private List<Object> sourceKey(Object source) {
    return sources.values(
        source, statements.sourceIdentity(), "the " + association.source().name());
  }

  /** The given targets by their distinct keys (the last one given for a key), in order. */
  private Map<List<Object>, Object> distinctTargets(Collection<?> given) {
    Objects.requireNonNull(given, "targets");
    Map<List<Object>, Object> byKey = new LinkedHashMap<>();
    int index = 0;
    for (Object target : given) {
      index++;
      byKey.put(
          targets.values(target, statements.targetIdentity(), describe(given.size(), index)),
          target);
    }
    return byKey;
  }

  /** How a message names the {@code index}-th of {@code count} targets given. */
  private String describe(int count, int index) {
    return count == 1 ? "the " + association.singular() : association.name() + " #" + index;
  }

  private List<List<Object>> distinctTargetKeys(Collection<?> given) {
    return new ArrayList<>(distinctTargets(given).keySet());
  }

  /**
   * The join row each target's link with this source is written with: {@code joinValues}, else the
   * one the target carries in its field of the join model's type (unless loaded for another
   * source), else none ({@code null}: the keys only, other columns taking their defaults).
   *
   * @throws IllegalArgumentException for join values of another type, or none (or a {@code null} in
   *     one) where the join model has a NOT NULL attribute without a default
   */
  private Map<List<Object>, @Nullable Object> joinRows(
      Map<List<Object>, Object> byKey, @Nullable Object joinValues, List<Object> sourceKey) {
    Map<List<Object>, @Nullable Object> joinRows = new LinkedHashMap<>();
    int index = 0;
    for (Map.Entry<List<Object>, Object> target : byKey.entrySet()) {
      index++;
      joinRows.put(
          target.getKey(),
          joinRow(target.getValue(), joinValues, sourceKey, describe(byKey.size(), index)));
    }
    return joinRows;
  }

  private @Nullable Object joinRow(
      Object target, @Nullable Object joinValues, List<Object> sourceKey, String argument) {
    JoinTable through =
        Objects.requireNonNull(association.through(), "a BelongsToMany's join table");
    ModelMetadata joinModel = through.model();
    if (joinValues != null && (joinModel == null || !joinModel.type().isInstance(joinValues))) {
      throw new IllegalArgumentException(
          "the join values must be a "
              + (joinModel != null
                  ? joinModel.name()
                  : "join model, but "
                      + association.qualifiedName()
                      + " has the plain join table "
                      + through.name())
              + ", not "
              + joinValues);
    }
    Object joinRow = joinValues != null ? joinValues : ownJoinRow(target, sourceKey);
    List<AttributeMetadata> required = requiredLinkValues;
    if (joinRow == null && !required.isEmpty()) {
      throw new IllegalArgumentException(
          argument
              + " has no join values, but "
              + names(required)
              + (required.size() == 1 ? " is" : " are")
              + " NOT NULL without a default: pass a "
              + joinModelName()
              + " as the join values"
              + (association.joinRowField() == null
                  ? ""
                  : ", or set the "
                      + association.target().name()
                      + "'s "
                      + association.joinRowField().getName()
                      + " field"));
    }
    List<AttributeMetadata> missing =
        joinRow == null
            ? List.of()
            : required.stream()
                .filter(a -> ReflectionUtils.getField(declaredField(a), joinRow) == null)
                .toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "the join values of "
              + argument
              + " leave "
              + names(missing)
              + " null, but "
              + (missing.size() == 1 ? "it is" : "they are")
              + " NOT NULL without a default: set "
              + (missing.size() == 1 ? "it" : "them"));
    }
    return joinRow;
  }

  /**
   * The join row the target carries in its field of the join model's type, unless it was loaded for
   * another source (its declared source key attributes hold other values): that one is not copied.
   */
  private @Nullable Object ownJoinRow(Object target, List<Object> sourceKey) {
    Object own =
        association.joinRowField() != null && targets.isEntity(target)
            ? ReflectionUtils.getField(association.joinRowField(), target)
            : null;
    if (own == null) {
      return null;
    }
    List<AttributeMetadata> key = association.foreignKey().attributes();
    for (int i = 0; i < key.size(); i++) {
      Field field = key.get(i).field();
      Object value = field != null ? ReflectionUtils.getField(field, own) : null;
      if (value != null && !value.equals(sourceKey.get(i))) {
        return null;
      }
    }
    return own;
  }

  private String names(List<AttributeMetadata> attributes) {
    String joinModel = joinModelName();
    return String.join(", ", attributes.stream().map(a -> joinModel + "." + a.name()).toList());
  }

  /** The name of the join model, which a BelongsToMany with link values goes through. */
  private String joinModelName() {
    JoinTable through =
        Objects.requireNonNull(association.through(), "a BelongsToMany's join table");
    return Objects.requireNonNull(through.model(), "a join model").name();
  }

  /** The field of a link value attribute, every one of which the join model declares. */
  private static Field declaredField(AttributeMetadata attribute) {
    return Objects.requireNonNull(attribute.field(), attribute.name());
  }

  private @Nullable Object requireNoJoinValues(@Nullable Object joinValues) {
    if (joinValues != null) {
      throw new IllegalArgumentException(
          association.qualifiedName()
              + " is a "
              + association.type().displayName()
              + ", which has no join table to take the join values "
              + joinValues);
    }
    return null;
  }

  /**
   * Inserts the join rows not in {@code existing}, and writes the values of those that are, where
   * given.
   */
  private void writeJoinRows(
      List<Object> sourceKey,
      Map<List<Object>, @Nullable Object> joinRows,
      Set<List<Object>> existing) {
    List<List<Object>> inserted = new ArrayList<>();
    List<Object> insertedRows = new ArrayList<>();
    List<List<Object>> updated = new ArrayList<>();
    List<Object> updatedRows = new ArrayList<>();
    joinRows.forEach(
        (key, row) -> {
          if (!existing.contains(key)) {
            inserted.add(key);
            insertedRows.add(row);
          } else if (row != null && !statements.linkValueAttributes().isEmpty()) {
            updated.add(key);
            updatedRows.add(row);
          }
        });
    links.insert(sourceKey, inserted, insertedRows);
    links.updateValues(sourceKey, updated, updatedRows);
  }

  private List<Object> targetKeyRow(ResultSet row, int n) throws SQLException {
    List<AttributeMetadata> key = statements.targetIdentity();
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      values.add(JdbcValues.read(row, i + 1, key.get(i).javaType()));
    }
    return values;
  }

  private <R> List<R> query(SqlStatement statement, RowMapper<R> mapper) {
    return executor.query(statement, mapper);
  }
}
