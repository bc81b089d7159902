package dev.associations.autoconfigure.metrics;

import dev.associations.listener.StatementKind;
import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import dev.associations.repository.RepositoryListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Records what repositories do as Micrometer meters:
 *
 * <ul>
 *   <li>{@value #INVOCATIONS}: a timer per repository, method, outcome ({@code SUCCESS} or {@code
 *       ERROR}) and exception (simple class name, or {@code none});
 *   <li>{@value #QUERIES}: a counter of statements (a JDBC batch counts once) per model,
 *       association ({@code none} for the model's own rows) and operation ({@code select}, {@code
 *       insert}, {@code update}, {@code delete});
 *   <li>{@value #INCLUDE_ROWS}: a summary of the rows one include loaded, per model and
 *       association.
 * </ul>
 *
 * Meters are created on first use and then reused.
 */
public final class MicrometerRepositoryListener implements RepositoryListener {

  public static final String INVOCATIONS = "associations.repository.invocations";
  public static final String QUERIES = "associations.queries";
  public static final String INCLUDE_ROWS = "associations.include.rows";

  private final MeterRegistry registry;
  private final Map<InvocationKey, Timer> timers = new ConcurrentHashMap<>();
  private final Map<StatementKey, Counter> counters = new ConcurrentHashMap<>();
  private final Map<Association, DistributionSummary> summaries = new ConcurrentHashMap<>();

  public MicrometerRepositoryListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void repositoryInvoked(
      Class<?> repositoryInterface, Method method, long nanos, @Nullable Throwable failure) {
    InvocationKey key =
        new InvocationKey(
            repositoryInterface, method.getName(), failure == null ? null : failure.getClass());
    timers.computeIfAbsent(key, this::timer).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void statementExecuted(
      ModelMetadata model, @Nullable Association association, StatementKind kind) {
    counters
        .computeIfAbsent(
            new StatementKey(model.name(), association == null ? "none" : association.name(), kind),
            this::counter)
        .increment();
  }

  @Override
  public void includeLoaded(Association association, int rows) {
    summaries.computeIfAbsent(association, this::summary).record(rows);
  }

  private Timer timer(InvocationKey key) {
    return Timer.builder(INVOCATIONS)
        .description("Calls of association repository methods")
        .tag("repository", key.repository().getSimpleName())
        .tag("method", key.method())
        .tag("outcome", key.exception() == null ? "SUCCESS" : "ERROR")
        .tag("exception", key.exception() == null ? "none" : key.exception().getSimpleName())
        .register(registry);
  }

  private Counter counter(StatementKey key) {
    return Counter.builder(QUERIES)
        .description("Statements and JDBC batches executed by association repositories")
        .tag("model", key.model())
        .tag("association", key.association())
        .tag("operation", key.kind().name().toLowerCase(Locale.ROOT))
        .register(registry);
  }

  private DistributionSummary summary(Association association) {
    return DistributionSummary.builder(INCLUDE_ROWS)
        .description("Rows loaded by one include of one load")
        .baseUnit("rows")
        .tag("model", association.source().name())
        .tag("association", association.name())
        .register(registry);
  }

  private record InvocationKey(Class<?> repository, String method, @Nullable Class<?> exception) {}

  private record StatementKey(String model, String association, StatementKind kind) {}
}
