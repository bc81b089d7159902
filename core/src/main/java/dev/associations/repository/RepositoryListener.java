package dev.associations.repository;

import dev.associations.listener.ExecutionListener;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * Told about repository calls, the statements they execute and the rows their includes load, for
 * metrics; give one to {@link RepositoryFactory}. Called on the calling thread; implementations
 * must be thread-safe and quick. Every method does nothing by default.
 */
public interface RepositoryListener extends ExecutionListener {

  /** A listener that ignores everything. */
  RepositoryListener NONE = new RepositoryListener() {};

  /**
   * A repository method is about to run, on this thread; {@link #repositoryInvoked} follows on the
   * same thread, and the statements it executes come in between (but for a stream's, which come as
   * it is consumed).
   *
   * @param repositoryInterface the repository interface
   * @param method the method called
   */
  default void repositoryInvoking(Class<?> repositoryInterface, Method method) {}

  /**
   * A repository method returned or threw. Default methods of the interface are not reported
   * themselves; the repository methods they call are.
   *
   * @param repositoryInterface the repository interface
   * @param method the method called
   * @param nanos how long the call took
   * @param failure what it threw, or {@code null} when it returned
   */
  default void repositoryInvoked(
      Class<?> repositoryInterface, Method method, long nanos, @Nullable Throwable failure) {}
}
