package dev.associations.autoconfigure;

import dev.associations.dialect.Dialect;

/**
 * The dialect of the application's single data source, resolved once for everything the
 * auto-configuration builds on the registry (the schema initializer, the validator, the repository
 * factory), so that none of them asks the database again: the registry's dialect, else the
 * application's {@link Dialect} bean, else the one detected from the data source.
 *
 * @param dialect the dialect they all use
 */
record ResolvedDialect(Dialect dialect) {}
