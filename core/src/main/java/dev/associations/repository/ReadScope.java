package dev.associations.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a repository's reads run. Inside a transaction (or another read scope) they use its
 * connection, as they are. Outside one they run in a read-only scope without a transaction of its
 * own ({@code PROPAGATION_SUPPORTS}, read-only), on one connection for all their statements. So a
 * routing data source sends them to a replica: an {@code AbstractRoutingDataSource} keyed on {@link
 * TransactionSynchronizationManager#isCurrentTransactionReadOnly()}, or Spring's {@code
 * LazyConnectionDataSourceProxy} with a read-only data source, which picks its target when the
 * connection is first used: for it (and only for it, since some drivers, MariaDB's, send a
 * statement for it) the connection is marked read-only before its first statement.
 */
final class ReadScope {

  private final DataSource dataSource;
  private final TransactionTemplate scope;
  private final boolean marksConnections;

  ReadScope(DataSource dataSource, PlatformTransactionManager transactionManager) {
    this.dataSource = dataSource;
    this.marksConnections = routesOnReadOnlyConnections(dataSource);
    this.scope = new TransactionTemplate(transactionManager);
    this.scope.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
    this.scope.setReadOnly(true);
  }

  /** Whether reads mark their connections read-only: the data source routes on that flag. */
  boolean marksConnections() {
    return marksConnections;
  }

  /** Runs the reads, read-only on one connection unless a transaction or scope is already there. */
  <R> R run(Supplier<R> reads) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      return reads.get();
    }
    // the scope's synchronization keeps the first statement's connection for the others
    return scope.execute(status -> marksConnections ? onReadOnlyConnection(reads) : reads.get());
  }

  /** {@link #run} for work without a result. */
  void execute(Runnable work) {
    run(
        () -> {
          work.run();
          return null;
        });
  }

  private <R> R onReadOnlyConnection(Supplier<R> reads) {
    // bound to the scope: every statement of the reads gets this connection
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      setReadOnly(connection, true);
      try {
        return reads.get();
      } finally {
        setReadOnly(connection, false);
      }
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static boolean routesOnReadOnlyConnections(DataSource dataSource) {
    try {
      return dataSource.isWrapperFor(LazyConnectionDataSourceProxy.class);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void setReadOnly(Connection connection, boolean readOnly) {
    try {
      connection.setReadOnly(readOnly);
    } catch (SQLException e) {
      throw new CannotGetJdbcConnectionException(
          "Could not mark the connection " + (readOnly ? "" : "not ") + "read-only", e);
    }
  }
}
