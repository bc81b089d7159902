package dev.associations.schema;

import dev.associations.annotation.ReferentialAction;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A foreign key as the database reports it through {@link DatabaseMetaData#getImportedKeys}.
 *
 * @param name the constraint name
 * @param columns the key columns, in key order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in key order
 * @param onDelete the {@code ON DELETE} action
 * @param onUpdate the {@code ON UPDATE} action
 */
record LiveForeignKey(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate) {

  /**
   * The foreign keys of one table, in the order the driver reports them, names as it reports them.
   */
  static List<LiveForeignKey> read(
      DatabaseMetaData metaData, String catalog, String schema, String table, LiveNames names)
      throws SQLException {
    Map<String, List<Row>> byName = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getImportedKeys(catalog, schema, names.stored(table))) {
      while (rows.next()) {
        byName
            .computeIfAbsent(rows.getString("FK_NAME"), name -> new ArrayList<>())
            .add(
                new Row(
                    rows.getInt("KEY_SEQ"),
                    rows.getString("FKCOLUMN_NAME"),
                    rows.getString("PKTABLE_NAME"),
                    rows.getString("PKCOLUMN_NAME"),
                    rows.getInt("DELETE_RULE"),
                    rows.getInt("UPDATE_RULE")));
      }
    }
    List<LiveForeignKey> keys = new ArrayList<>();
    byName.forEach(
        (name, rows) -> {
          Map<Integer, Row> ordered = new TreeMap<>();
          rows.forEach(row -> ordered.put(row.sequence, row));
          Row first = rows.get(0);
          keys.add(
              new LiveForeignKey(
                  name,
                  ordered.values().stream().map(Row::column).toList(),
                  first.referencedTable,
                  ordered.values().stream().map(Row::referencedColumn).toList(),
                  action(first.deleteRule),
                  action(first.updateRule)));
        });
    return keys;
  }

  /** Maps {@code DatabaseMetaData.importedKey*} codes; all supported databases tell each apart. */
  private static ReferentialAction action(int rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
      case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
      case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
      case DatabaseMetaData.importedKeyNoAction -> ReferentialAction.NO_ACTION;
      case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
      default ->
          throw new IllegalStateException(
              "Unknown referential action code " + rule + " in the JDBC metadata");
    };
  }

  private record Row(
      int sequence,
      String column,
      String referencedTable,
      String referencedColumn,
      int deleteRule,
      int updateRule) {}
}
