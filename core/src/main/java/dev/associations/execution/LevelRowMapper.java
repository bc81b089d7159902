package dev.associations.execution;

import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import dev.associations.sql.JoinedTables;
import dev.associations.sql.JoinedTables.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the rows of an include statement: every attribute of each joined table in turn, then the
 * parent key columns. A joined table whose primary key is all NULL found no row.
 */
final class LevelRowMapper implements RowMapper<LevelRow> {

  private final JoinedTables tables;
  private final List<EntityAccess<Object>> accesses;
  private final List<AttributeMetadata> parentKey;

  /**
   * @param tables the statement's tables
   * @param access the instances of each model
   * @param parentKey the attributes of the trailing parent key columns; empty for none
   */
  LevelRowMapper(JoinedTables tables, Function<ModelMetadata, EntityAccess<Object>> access,
      List<AttributeMetadata> parentKey) {
    this.tables = tables;
    this.accesses = tables.tables().stream().map(t -> access.apply(t.model())).toList();
    this.parentKey = parentKey;
  }

  @Override
  public LevelRow mapRow(ResultSet row, int rowNumber) throws SQLException {
    int column = 1;
    LoadedEntity[] entities = new LoadedEntity[tables.tables().size()];
    for (int i = 0; i < entities.length; i++) {
      ModelMetadata model = tables.tables().get(i).model();
      List<Object> values = new ArrayList<>();
      for (AttributeMetadata attribute : model.attributes()) {
        values.add(JdbcValues.read(row, column++, attribute.javaType()));
      }
      if (i == 0 || found(tables.tables().get(i), values)) {
        entities[i] = new LoadedEntity(entity(accesses.get(i), values), model, values);
      }
    }
    List<Object> key = new ArrayList<>();
    for (AttributeMetadata attribute : parentKey) {
      key.add(JdbcValues.read(row, column++, attribute.javaType()));
    }
    return new LevelRow(entities, key);
  }

  private static boolean found(Table table, List<Object> values) {
    LoadedEntity loaded = new LoadedEntity(null, table.model(), values);
    List<AttributeMetadata> key = table.model().primaryKey();
    return !loaded.values(key.isEmpty() ? table.model().attributes() : key).stream().allMatch(Objects::isNull);
  }

  private static Object entity(EntityAccess<Object> access, List<Object> values) {
    Object entity = access.newInstance();
    List<AttributeMetadata> attributes = access.model().attributes();
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i).isDeclared()) {
        access.set(entity, attributes.get(i), values.get(i));
      }
    }
    return entity;
  }

}
