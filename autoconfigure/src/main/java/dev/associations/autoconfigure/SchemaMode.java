package dev.associations.autoconfigure;

/** What happens to the tables of the models at startup and shutdown. */
public enum SchemaMode {

  /**
   * {@link #CREATE} when the database is an embedded H2 (the embedded database the dialects
   * support).
   */
  EMBEDDED,

  /**
   * Create the tables the database lacks at startup, and validate those it has as {@link #VALIDATE}
   * does, so that an application on a persistent database starts again.
   */
  CREATE,

  /** Create all the tables at startup and drop them when the application context closes. */
  CREATE_DROP,

  /**
   * Compare the live foreign keys and unique constraints with the models at startup and fail on any
   * difference.
   */
  VALIDATE,

  /** Leave the schema alone. */
  NONE
}
