package dev.associations.internal.execution;

import dev.associations.internal.sql.ModelStatements;
import dev.associations.listener.StatementKind;
import dev.associations.metadata.AttributeMetadata;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.util.NumberUtils;

/**
 * Inserts and updates entities as JDBC batches, reading generated keys back into them.
 *
 * <p>Foreign key attributes the model does not declare (added by an association) are left out: an
 * INSERT leaves them to the column default (or NULL), an UPDATE keeps their current values.
 *
 * @param <T> the model class
 */
public final class EntityWriter<T> {

  private final StatementExecutor executor;
  private final ModelStatements statements;
  private final EntityAccess<T> access;
  private final EntityKeys<T> keys;
  private final List<AttributeMetadata> insertColumns;
  private final List<AttributeMetadata> updateColumns;
  private final String insertSql;
  private final @Nullable String updateSql;
  private final Bookkeeping<T> bookkeeping;

  public EntityWriter(
      StatementExecutor executor,
      ModelStatements statements,
      EntityAccess<T> access,
      EntityKeys<T> keys) {
    this.executor = executor;
    this.statements = statements;
    this.access = access;
    this.keys = keys;
    this.bookkeeping = new Bookkeeping<>(access, Clock.systemDefaultZone());
    List<AttributeMetadata> declared = statements.selectedAttributes();
    this.insertColumns = declared.stream().filter(a -> !a.equals(keys.generated())).toList();
    // the creation time is never rewritten; the version is counted up by the statement itself
    this.updateColumns =
        declared.stream()
            .filter(
                a ->
                    !a.primaryKey()
                        && !a.equals(bookkeeping.created())
                        && !a.equals(bookkeeping.version()))
            .toList();
    this.insertSql = statements.insert(insertColumns);
    this.updateSql =
        updateColumns.isEmpty() && bookkeeping.version() == null
            ? null
            : statements.update(updateColumns, bookkeeping.version());
  }

  /** The model's {@code @Version} attribute, or {@code null}: updates and deletes then check it. */
  public @Nullable AttributeMetadata version() {
    return bookkeeping.version();
  }

  /**
   * Inserts the entities in one batch; a generated key is read back into each, a version starts at
   * 0 and creation and modification times are now.
   */
  public void insert(List<T> entities) {
    entities.forEach(bookkeeping::inserting);
    insert(entities, insertSql, this::insertValues);
  }

  /**
   * Inserts one entity with these foreign key attributes set to these values, whether or not the
   * model declares them; a generated key is read back into it.
   */
  void insertLinked(T entity, List<AttributeMetadata> foreignKey, List<Object> values) {
    bookkeeping.inserting(entity);
    List<AttributeMetadata> own =
        insertColumns.stream().filter(a -> !foreignKey.contains(a)).toList();
    List<AttributeMetadata> columns = new ArrayList<>(own);
    columns.addAll(foreignKey);
    insert(
        List.of(entity),
        statements.insert(columns),
        e -> {
          List<@Nullable Object> row =
              new ArrayList<>(own.stream().map(a -> access.get(e, a)).toList());
          row.addAll(values);
          return row;
        });
  }

  private void insert(List<T> entities, String sql, Function<T, List<@Nullable Object>> values) {
    if (entities.isEmpty()) {
      return;
    }
    BatchPreparedStatementSetter setter = setter(entities, values);
    AttributeMetadata generated = keys.generated();
    if (generated == null) {
      executor.batch(StatementKind.INSERT, sql, setter);
      return;
    }
    KeyHolder keyHolder = new GeneratedKeyHolder();
    executor.insertBatch(
        con -> con.prepareStatement(sql, new String[] {generated.columnName()}), setter, keyHolder);
    List<Map<String, Object>> generatedKeys = keyHolder.getKeyList();
    if (generatedKeys.size() != entities.size()) {
      throw new DataRetrievalFailureException(
          "Expected "
              + entities.size()
              + " generated keys for "
              + access.model().name()
              + "."
              + generated.name()
              + " but the driver returned "
              + generatedKeys.size());
    }
    for (int i = 0; i < entities.size(); i++) {
      access.set(entities.get(i), generated, keyValue(generatedKeys.get(i), generated));
    }
  }

  /**
   * Whether an update writes anything: {@code false} when every declared attribute is part of the
   * primary key, where {@link #update} does nothing and the caller checks that the rows exist.
   */
  public boolean hasColumnsToUpdate() {
    return updateSql != null;
  }

  /**
   * Updates the entities in one batch, by primary key (and the version they were read with);
   * nothing when there is {@linkplain #hasColumnsToUpdate() nothing to update}. Only once every row
   * was found do the entities get their new version and modification time.
   *
   * @param unmatched the failure for an entity whose update found no row (a driver that cannot
   *     tell, {@link java.sql.Statement#SUCCESS_NO_INFO}, counts as found)
   */
  public void update(List<T> entities, Function<T, RuntimeException> unmatched) {
    if (entities.isEmpty() || updateSql == null) {
      return;
    }
    Object modified = bookkeeping.modifiedNow();
    int[] counts =
        executor.batch(
            StatementKind.UPDATE, updateSql, setter(entities, e -> updateValues(e, modified)));
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        throw unmatched.apply(entities.get(i));
      }
    }
    entities.forEach(e -> bookkeeping.updated(e, modified));
  }

  private List<@Nullable Object> insertValues(T entity) {
    return insertColumns.stream().<@Nullable Object>map(a -> access.get(entity, a)).toList();
  }

  private List<@Nullable Object> updateValues(T entity, @Nullable Object modified) {
    List<@Nullable Object> values =
        new ArrayList<>(
            updateColumns.stream()
                .map(a -> a.equals(bookkeeping.modified()) ? modified : access.get(entity, a))
                .toList());
    values.addAll(keys.entityValues(entity));
    AttributeMetadata version = bookkeeping.version();
    if (version != null) {
      values.add(access.get(entity, version));
    }
    return values;
  }

  private Object keyValue(Map<String, Object> row, AttributeMetadata generated) {
    Object value =
        row.size() == 1
            ? row.values().iterator().next()
            : row.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(generated.columnName()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    if (!(value instanceof Number number)) {
      throw new DataRetrievalFailureException(
          "No generated value for "
              + access.model().name()
              + "."
              + generated.name()
              + " among the generated keys "
              + row);
    }
    return NumberUtils.convertNumberToTargetClass(
        number, generated.javaType().asSubclass(Number.class));
  }

  private BatchPreparedStatementSetter setter(
      List<T> entities, Function<T, List<@Nullable Object>> values) {
    return new BatchPreparedStatementSetter() {
      @Override
      public void setValues(PreparedStatement statement, int i) throws SQLException {
        JdbcValues.bind(statement, values.apply(entities.get(i)));
      }

      @Override
      public int getBatchSize() {
        return entities.size();
      }
    };
  }
}
