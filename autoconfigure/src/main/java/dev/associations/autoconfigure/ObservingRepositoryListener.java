package dev.associations.autoconfigure;

import dev.associations.listener.StatementKind;
import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import dev.associations.repository.RepositoryListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Observes every repository call with the Micrometer Observation API, so that it shows as a span in
 * a trace (and as Boot's observation metrics): {@value #NAME}, low-cardinality keys {@code
 * repository}, {@code method} and {@code outcome}, and an event per statement it executes ({@code
 * associations.statement}, named by operation, model and association). Hands everything on to
 * another listener, such as the meters.
 */
final class ObservingRepositoryListener implements RepositoryListener {

  /** The observation of a repository call. */
  static final String NAME = "associations.repository";

  private final ObservationRegistry registry;
  private final RepositoryListener next;
  private final ThreadLocal<Deque<Observation.Scope>> calls =
      ThreadLocal.withInitial(ArrayDeque::new);

  ObservingRepositoryListener(ObservationRegistry registry, RepositoryListener next) {
    this.registry = registry;
    this.next = next;
  }

  @Override
  public void repositoryInvoking(Class<?> repositoryInterface, Method method) {
    Observation observation =
        Observation.createNotStarted(NAME, registry)
            .contextualName(repositoryInterface.getSimpleName() + "." + method.getName())
            .lowCardinalityKeyValue("repository", repositoryInterface.getSimpleName())
            .lowCardinalityKeyValue("method", method.getName())
            .start();
    calls.get().push(observation.openScope());
    next.repositoryInvoking(repositoryInterface, method);
  }

  @Override
  public void repositoryInvoked(
      Class<?> repositoryInterface, Method method, long nanos, @Nullable Throwable failure) {
    try {
      next.repositoryInvoked(repositoryInterface, method, nanos, failure);
    } finally {
      Deque<Observation.Scope> scopes = calls.get();
      if (!scopes.isEmpty()) {
        Observation.Scope scope = scopes.pop();
        Observation observation = scope.getCurrentObservation();
        scope.close();
        observation.lowCardinalityKeyValue("outcome", failure == null ? "SUCCESS" : "ERROR");
        if (failure != null) {
          observation.error(failure);
        }
        observation.stop();
      }
      if (scopes.isEmpty()) {
        calls.remove();
      }
    }
  }

  @Override
  public void statementExecuted(
      ModelMetadata model, @Nullable Association association, StatementKind kind) {
    Observation current = registry.getCurrentObservation();
    if (current != null && !calls.get().isEmpty()) {
      current.event(
          Observation.Event.of(
              "associations.statement",
              kind + " " + model.name() + (association == null ? "" : "." + association.name())));
    }
    next.statementExecuted(model, association, kind);
  }

  @Override
  public void includeLoaded(Association association, int rows) {
    next.includeLoaded(association, rows);
  }
}
