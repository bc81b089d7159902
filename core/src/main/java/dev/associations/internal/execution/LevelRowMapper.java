package dev.associations.internal.execution;

import dev.associations.internal.sql.JoinedTables;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the rows of an include statement: every attribute of each joined table in turn, then, for a
 * BelongsToMany, the join table's key naming the row's parent (a HasMany or HasOne row names its
 * parent by its own foreign key attributes), all into one array per row. A joined table whose
 * primary key is all NULL found no row. Everything that does not depend on the row is worked out
 * once, here.
 */
final class LevelRowMapper implements RowMapper<LevelRow> {

  /** The reader of every column of the statement up to the join row. */
  private final ColumnsReader columns;

  private final TableReader[] tables;

  /** The positions of the values naming the row's parent, or {@code null} for roots. */
  private final int @Nullable [] parentKey;

  /** The join row read after the trailing key, or {@code null}. */
  private final @Nullable JoinRowReader joinRow;

  private LevelRowMapper(
      JoinedTables tables,
      Function<ModelMetadata, EntityAccess<Object>> access,
      List<AttributeMetadata> trailingKey,
      int @Nullable [] ownKeyPositions,
      @Nullable JoinRowReader joinRow) {
    List<Class<?>> types = new ArrayList<>();
    List<TableReader> tableReaders = new ArrayList<>();
    for (JoinedTables.Table table : tables.tables()) {
      tableReaders.add(new TableReader(access.apply(table.model()), types.size()));
      table.model().attributes().forEach(a -> types.add(a.javaType()));
    }
    int trailing = types.size();
    trailingKey.forEach(a -> types.add(a.javaType()));
    this.columns = new ColumnsReader(types);
    this.tables = tableReaders.toArray(TableReader[]::new);
    this.parentKey =
        ownKeyPositions != null
            ? ownKeyPositions
            : trailingKey.isEmpty() ? null : IntStream.range(trailing, types.size()).toArray();
    this.joinRow = joinRow;
  }

  /** For the roots' statement: no parent key. */
  static LevelRowMapper roots(
      JoinedTables tables, Function<ModelMetadata, EntityAccess<Object>> access) {
    return new LevelRowMapper(tables, access, List.of(), null, null);
  }

  /** For the statement of a to-many association's targets, naming each row's parent. */
  static LevelRowMapper related(
      JoinedTables tables,
      Function<ModelMetadata, EntityAccess<Object>> access,
      Association association) {
    List<AttributeMetadata> key = association.foreignKey().attributes();
    if (association.type() != AssociationType.BELONGS_TO_MANY) {
      return new LevelRowMapper(
          tables, access, List.of(), RowKeys.positions(association.target(), key), null);
    }
    return new LevelRowMapper(tables, access, key, null, JoinRowReader.of(association, access));
  }

  /** Where the values of the table at this index start in a row's values. */
  int offset(int table) {
    return tables[table].offset;
  }

  @Override
  public LevelRow mapRow(ResultSet row, int rowNumber) throws SQLException {
    @Nullable Object[] values = new Object[columns.size()];
    columns.read(row, 1, values, 0);
    @Nullable Object[] entities = new Object[tables.length];
    for (int i = 0; i < tables.length; i++) {
      TableReader table = tables[i];
      if (i == 0 || table.found(values)) {
        entities[i] = table.access.newInstance(values, table.offset);
      }
    }
    if (joinRow != null) {
      joinRow.fill(
          Objects.requireNonNull(entities[0], "the level's own entity"), row, values.length + 1);
    }
    return new LevelRow(
        entities, values, parentKey == null ? null : RowKeys.key(values, parentKey));
  }

  /** How to make one table's entity from a row's values. */
  private static final class TableReader {

    private final EntityAccess<Object> access;
    private final int offset;

    /**
     * The primary key's positions in the row (all attributes' without one): all NULL means no row.
     */
    private final int[] identity;

    TableReader(EntityAccess<Object> access, int offset) {
      ModelMetadata model = access.model();
      this.access = access;
      this.offset = offset;
      this.identity =
          RowKeys.shift(
              RowKeys.positions(
                  model, model.primaryKey().isEmpty() ? model.attributes() : model.primaryKey()),
              offset);
    }

    boolean found(@Nullable Object[] values) {
      for (int position : identity) {
        if (values[position] != null) {
          return true;
        }
      }
      return false;
    }
  }
}
