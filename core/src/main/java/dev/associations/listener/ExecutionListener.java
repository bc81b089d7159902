package dev.associations.listener;

import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Told about the statements repositories execute and the rows includes load, for metrics. Called on
 * the executing thread right after the work, also when it failed; implementations must be
 * thread-safe and quick. Every method does nothing by default.
 */
public interface ExecutionListener {

  /**
   * One statement, or one JDBC batch, was executed.
   *
   * @param model the model it was executed for: the repository's model, or the association's source
   * @param association the association it was executed for, or {@code null} for the model's own
   *     rows
   * @param kind what the statement does
   */
  default void statementExecuted(
      ModelMetadata model, @Nullable Association association, StatementKind kind) {}

  /**
   * One include of one load filled its association: {@code rows} target rows over all parents (for
   * a to-one include, the parents that have a target).
   */
  default void includeLoaded(Association association, int rows) {}
}
