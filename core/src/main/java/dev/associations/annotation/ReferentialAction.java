package dev.associations.annotation;

import org.jspecify.annotations.Nullable;

/**
 * What the database does with a foreign key when the row it references is deleted or its key
 * updated.
 */
public enum ReferentialAction {

  /** Use the configured default: see {@code ForeignKeyDefaults}. */
  DEFAULT(null),
  CASCADE("CASCADE"),
  RESTRICT("RESTRICT"),
  NO_ACTION("NO ACTION"),
  SET_NULL("SET NULL"),
  SET_DEFAULT("SET DEFAULT");

  private final @Nullable String sql;

  ReferentialAction(@Nullable String sql) {
    this.sql = sql;
  }

  /** The SQL keywords of this action, as in {@code ON DELETE SET NULL}. */
  public String sql() {
    if (sql == null) {
      throw new IllegalStateException(
          "DEFAULT is resolved to a concrete action before it reaches SQL");
    }
    return sql;
  }
}
