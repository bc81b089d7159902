/**
 * How model and attribute names become table and column names: {@link
 * dev.associations.naming.NamingStrategy} (snake_case, plural table names).
 */
@NullMarked
package dev.associations.naming;

import org.jspecify.annotations.NullMarked;
