package dev.associations.autoconfigure;

/** What happens to the tables of the models at startup and shutdown. */
public enum SchemaMode {

  /** Create the tables at startup when the database is embedded (H2, HSQLDB, Derby). */
  EMBEDDED,

  /** Create the tables at startup. */
  CREATE,

  /** Create the tables at startup and drop them when the application context closes. */
  CREATE_DROP,

  /** Compare the live foreign keys and unique constraints with the models at startup and fail on any difference. */
  VALIDATE,

  /** Leave the schema alone. */
  NONE
}
