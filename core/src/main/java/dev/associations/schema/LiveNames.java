package dev.associations.schema;

import dev.associations.dialect.Dialect;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Table, column and constraint names between the models' spelling and the one JDBC metadata
 * reports: an identifier the dialect writes bare is folded by the database (to upper case on H2, to
 * lower case on PostgreSQL), a quoted one is kept as written.
 */
final class LiveNames {

  private final Dialect dialect;
  private final boolean upper;
  private final boolean lower;

  private LiveNames(Dialect dialect, boolean upper, boolean lower) {
    this.dialect = dialect;
    this.upper = upper;
    this.lower = lower;
  }

  static LiveNames of(DatabaseMetaData metaData, Dialect dialect) throws SQLException {
    return new LiveNames(
        dialect, metaData.storesUpperCaseIdentifiers(), metaData.storesLowerCaseIdentifiers());
  }

  /**
   * Whether the connection's catalog and schema hold this table (a name as the models spell it).
   */
  boolean tableExists(DatabaseMetaData metaData, String catalog, String schema, String table)
      throws SQLException {
    String stored = stored(table);
    try (ResultSet rows = metaData.getTables(catalog, schema, stored, null)) {
      while (rows.next()) {
        if (rows.getString("TABLE_NAME").equals(stored)) {
          return true;
        }
      }
      return false;
    }
  }

  /** How the database stores a name the models spell so. */
  String stored(String name) {
    if (dialect.needsQuotes(name)) {
      return name;
    }
    return upper ? name.toUpperCase(Locale.ROOT) : lower ? name.toLowerCase(Locale.ROOT) : name;
  }

  List<String> stored(List<String> names) {
    return names.stream().map(this::stored).toList();
  }

  /**
   * A name the database reports, for messages: a folded bare name back in lower case (names are
   * compared in the database's spelling, through {@link #stored}, never through this).
   */
  String spelled(String live) {
    String folded = live.toLowerCase(Locale.ROOT);
    return upper && live.equals(live.toUpperCase(Locale.ROOT)) && !dialect.needsQuotes(folded)
        ? folded
        : live;
  }
}
