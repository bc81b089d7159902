/**
 * What differs between databases: the {@link dev.associations.dialect.Dialect} SPI, a base for
 * table-driven dialects ({@link dev.associations.dialect.AbstractDialect}), the built-in H2,
 * PostgreSQL, MariaDB and MySQL dialects, and their detection ({@link
 * dev.associations.dialect.Dialects}), which users extend with a {@link
 * dev.associations.dialect.DialectProvider}.
 */
@NullMarked
package dev.associations.dialect;

import org.jspecify.annotations.NullMarked;
