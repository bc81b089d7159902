/**
 * The tables the models imply: {@link dev.associations.schema.SchemaGenerator} renders and runs
 * their DDL in creation order, {@link dev.associations.schema.SchemaValidator} compares them with a
 * live database.
 */
@NullMarked
package dev.associations.schema;

import org.jspecify.annotations.NullMarked;
