package dev.associations.execution;

import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import dev.associations.sql.JoinedTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import dev.associations.execution.JdbcValues.ColumnReader;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the rows of an include statement: every attribute of each joined table in turn, then, for a
 * BelongsToMany, the join table's key naming the row's parent (a HasMany or HasOne row names its
 * parent by its own foreign key attributes). A joined table whose primary key is all NULL found no
 * row. Everything that does not depend on the row is worked out once, here.
 */
final class LevelRowMapper implements RowMapper<LevelRow> {

  private final TableReader[] tables;
  /** The types of the trailing parent key columns: none unless through a join table. */
  private final ColumnReader[] trailingKeyReaders;
  private final int[] trailingKeyPositions;
  /** The parent key's positions among the base table's values, when not trailing; else null. */
  private final int[] ownKeyPositions;
  /** The join row read after the trailing key, or {@code null}. */
  private final JoinRowReader joinRow;

  private LevelRowMapper(JoinedTables tables, Function<ModelMetadata, EntityAccess<Object>> access,
      Class<?>[] trailingKeyTypes, int[] ownKeyPositions, JoinRowReader joinRow) {
    this.tables = tables.tables().stream().map(t -> new TableReader(access.apply(t.model())))
        .toArray(TableReader[]::new);
    this.trailingKeyReaders = Arrays.stream(trailingKeyTypes).map(JdbcValues::reader).toArray(ColumnReader[]::new);
    this.trailingKeyPositions = IntStream.range(0, trailingKeyTypes.length).toArray();
    this.ownKeyPositions = ownKeyPositions;
    this.joinRow = joinRow;
  }

  /** For the roots' statement: no parent key. */
  static LevelRowMapper roots(JoinedTables tables, Function<ModelMetadata, EntityAccess<Object>> access) {
    return new LevelRowMapper(tables, access, new Class<?>[0], null, null);
  }

  /** For the statement of a to-many association's targets, naming each row's parent. */
  static LevelRowMapper related(JoinedTables tables, Function<ModelMetadata, EntityAccess<Object>> access,
      Association association) {
    List<AttributeMetadata> key = association.foreignKey().attributes();
    if (association.type() != AssociationType.BELONGS_TO_MANY) {
      return new LevelRowMapper(tables, access, new Class<?>[0], LoadedEntity.positions(association.target(), key),
          null);
    }
    return new LevelRowMapper(tables, access, key.stream().map(AttributeMetadata::javaType).toArray(Class<?>[]::new),
        null, JoinRowReader.of(association, access));
  }

  @Override
  public LevelRow mapRow(ResultSet row, int rowNumber) throws SQLException {
    int column = 1;
    LoadedEntity[] entities = new LoadedEntity[tables.length];
    for (int i = 0; i < tables.length; i++) {
      TableReader table = tables[i];
      Object[] values = new Object[table.readers.length];
      for (int j = 0; j < values.length; j++) {
        values[j] = table.readers[j].read(row, column++);
      }
      if (i == 0 || table.found(values)) {
        entities[i] = new LoadedEntity(table.access.newInstance(values), values);
      }
    }
    if (ownKeyPositions != null) {
      return new LevelRow(entities, entities[0].key(ownKeyPositions));
    }
    if (trailingKeyReaders.length == 0) {
      return new LevelRow(entities, null);
    }
    Object[] key = new Object[trailingKeyReaders.length];
    for (int i = 0; i < key.length; i++) {
      key[i] = trailingKeyReaders[i].read(row, column++);
    }
    if (joinRow != null) {
      joinRow.fill(entities[0].entity(), row, column);
    }
    return new LevelRow(entities, LoadedEntity.key(key, trailingKeyPositions));
  }
  /** How to read one table's columns into an entity. */
  private static final class TableReader {

    private final EntityAccess<Object> access;
    private final ColumnReader[] readers;
    /** The primary key's positions (all attributes' without one): all NULL means no row was joined. */
    private final int[] identity;

    TableReader(EntityAccess<Object> access) {
      ModelMetadata model = access.model();
      this.access = access;
      this.readers = model.attributes().stream().map(a -> JdbcValues.reader(a.javaType())).toArray(ColumnReader[]::new);
      this.identity = LoadedEntity.positions(model,
          model.primaryKey().isEmpty() ? model.attributes() : model.primaryKey());
    }

    boolean found(Object[] values) {
      for (int position : identity) {
        if (values[position] != null) {
          return true;
        }
      }
      return false;
    }
  }
}
