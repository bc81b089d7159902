package dev.associations.internal.execution;

/**
 * Implementation detail, not API: how a stream reads its rows on a connection of its own (outside a
 * transaction), passed from the repository to the execution layer.
 *
 * @param fetchSize the rows fetched at a time, and the roots whose includes are loaded together
 * @param needsTransaction whether the connection must leave auto-commit for the driver to fetch
 *     rows a fetch size at a time (PostgreSQL)
 * @param markReadOnly whether to mark the connection read-only before its first statement, for a
 *     data source that routes on that flag
 */
public record CursorSettings(int fetchSize, boolean needsTransaction, boolean markReadOnly) {}
