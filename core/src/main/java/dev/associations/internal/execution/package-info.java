/**
 * JDBC execution (implementation): runs statements and reports them to the listener, loads include
 * plans one statement per level, writes entities and links, and maps rows to entities through
 * generated accessors.
 */
@NullMarked
package dev.associations.internal.execution;

import org.jspecify.annotations.NullMarked;
