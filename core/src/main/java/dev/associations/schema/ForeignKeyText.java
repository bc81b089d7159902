package dev.associations.schema;

import dev.associations.metadata.ForeignKeyMetadata;

/** Foreign keys as written in messages. */
final class ForeignKeyText {

  private ForeignKeyText() {}

  /** {@code driving_licenses (owner_id) -> people (id)}. */
  static String describe(ForeignKeyMetadata fk) {
    return fk.table()
        + " ("
        + String.join(", ", fk.columnNames())
        + ") -> "
        + fk.referencedTable()
        + " ("
        + String.join(", ", fk.referencedColumnNames())
        + ")";
  }

  /** {@code ON DELETE CASCADE ON UPDATE CASCADE}. */
  static String actions(ForeignKeyMetadata fk) {
    return "ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
  }
}
