package dev.associations.internal.execution;

import dev.associations.internal.sql.SqlStatement;
import dev.associations.listener.ExecutionListener;
import dev.associations.listener.StatementKind;
import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Executes statements for one model or one association, binding values with {@link JdbcValues} and
 * telling an {@link ExecutionListener} about each statement or batch.
 */
public final class StatementExecutor {

  private final JdbcTemplate jdbc;
  private final ExecutionListener listener;
  private final ModelMetadata model;
  private final @Nullable Association association;

  private StatementExecutor(
      JdbcTemplate jdbc,
      ExecutionListener listener,
      ModelMetadata model,
      @Nullable Association association) {
    this.jdbc = jdbc;
    this.listener = listener;
    this.model = model;
    this.association = association;
  }

  /** An executor for the model's own rows. */
  public static StatementExecutor forModel(
      JdbcTemplate jdbc, ExecutionListener listener, ModelMetadata model) {
    return new StatementExecutor(jdbc, listener, model, null);
  }

  /** An executor with the same connection and listener, for this association. */
  StatementExecutor forAssociation(Association association) {
    return new StatementExecutor(jdbc, listener, association.source(), association);
  }

  ExecutionListener listener() {
    return listener;
  }

  /** Runs a query. */
  public <R> List<R> query(SqlStatement statement, RowMapper<R> mapper) {
    try {
      return jdbc.query(statement.sql(), ps -> JdbcValues.bind(ps, statement.parameters()), mapper);
    } finally {
      executed(StatementKind.SELECT);
    }
  }

  /** Runs a query, handing each row to the handler as it is read. */
  public void query(SqlStatement statement, RowCallbackHandler handler) {
    try {
      jdbc.query(statement.sql(), ps -> JdbcValues.bind(ps, statement.parameters()), handler);
    } finally {
      executed(StatementKind.SELECT);
    }
  }

  /**
   * Runs a query whose rows are read as the stream is consumed, a fetch size at a time. Inside a
   * transaction it reads on the transaction's connection; outside one on a connection of its own,
   * bound to no thread and set up as {@code cursor} says (auto-commit off and committed when the
   * stream is closed, marked read-only). The stream holds that connection until closed, from any
   * thread.
   */
  public <R> Stream<R> stream(
      SqlStatement statement, RowMapper<R> mapper, CursorSettings settings) {
    DataSource dataSource = Objects.requireNonNull(jdbc.getDataSource(), "the data source");
    boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
    Connection connection = joined ? DataSourceUtils.getConnection(dataSource) : null;
    Cursor cursor = null;
    try {
      if (connection == null) {
        connection = dataSource.getConnection();
      }
      cursor =
          new Cursor(
              connection,
              joined ? dataSource : null,
              !joined && settings.markReadOnly(),
              !joined && settings.needsTransaction() && connection.getAutoCommit());
      PreparedStatement prepared = cursor.prepare(statement.sql(), settings.fetchSize());
      JdbcValues.bind(prepared, statement.parameters());
      ResultSet rows = cursor.execute();
      Cursor open = cursor;
      Iterator<R> iterator =
          new Iterator<>() {
            private int row;
            private @Nullable Boolean next;

            @Override
            public boolean hasNext() {
              try {
                if (next == null) {
                  next = rows.next();
                }
                return next;
              } catch (SQLException e) {
                throw translate(statement, e);
              }
            }

            @Override
            public R next() {
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              next = null;
              try {
                return mapper.mapRow(rows, row++);
              } catch (SQLException e) {
                throw translate(statement, e);
              }
            }
          };
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
          .onClose(() -> open.close(this, statement));
    } catch (SQLException e) {
      if (cursor != null) {
        cursor.abort();
      } else if (connection != null) {
        DataSourceUtils.releaseConnection(connection, joined ? dataSource : null);
      }
      throw translate(statement, e);
    } finally {
      executed(StatementKind.SELECT);
    }
  }

  private RuntimeException translate(SqlStatement statement, SQLException e) {
    RuntimeException translated =
        jdbc.getExceptionTranslator().translate("stream", statement.sql(), e);
    return translated != null ? translated : new IllegalStateException(e);
  }

  /** The connection, statement and rows of a stream, closed together. */
  private static final class Cursor {

    private final Connection connection;

    /**
     * The data source to release a transaction's connection to, or {@code null} for one of its own.
     */
    private final @Nullable DataSource joinedDataSource;

    private final boolean readOnly;
    private final boolean ownTransaction;
    private @Nullable PreparedStatement statement;
    private @Nullable ResultSet rows;

    Cursor(
        Connection connection,
        @Nullable DataSource joinedDataSource,
        boolean readOnly,
        boolean ownTransaction)
        throws SQLException {
      this.connection = connection;
      this.joinedDataSource = joinedDataSource;
      this.ownTransaction = ownTransaction;
      this.readOnly = readOnly;
      if (readOnly) {
        connection.setReadOnly(true);
      }
      if (ownTransaction) {
        connection.setAutoCommit(false);
      }
    }

    PreparedStatement prepare(String sql, int fetchSize) throws SQLException {
      statement =
          connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(fetchSize);
      return statement;
    }

    ResultSet execute() throws SQLException {
      ResultSet executed = Objects.requireNonNull(statement, "a prepared statement").executeQuery();
      rows = executed;
      return executed;
    }

    void close(StatementExecutor executor, SqlStatement sql) {
      try {
        JdbcUtils.closeResultSet(rows);
        JdbcUtils.closeStatement(statement);
        if (ownTransaction) {
          connection.commit();
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw executor.translate(sql, e);
      } finally {
        release();
      }
    }

    void abort() {
      JdbcUtils.closeResultSet(rows);
      JdbcUtils.closeStatement(statement);
      try {
        if (ownTransaction) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
      } catch (SQLException ignored) {
        // the connection is released below whatever its state
      }
      release();
    }

    private void release() {
      if (joinedDataSource != null) {
        DataSourceUtils.releaseConnection(connection, joinedDataSource);
        return;
      }
      if (readOnly) {
        try {
          connection.setReadOnly(false); // as the pool lent it
        } catch (SQLException ignored) {
          // closed below whatever its state
        }
      }
      JdbcUtils.closeConnection(connection);
    }
  }

  /** Runs one update with these values; returns the number of rows changed. */
  public int update(StatementKind kind, String sql, List<Object> values) {
    try {
      return jdbc.update(sql, ps -> JdbcValues.bind(ps, values));
    } finally {
      executed(kind);
    }
  }

  /** Runs one JDBC batch, one row of values per execution; returns the counts per row. */
  public int[] batch(StatementKind kind, String sql, List<List<Object>> rows) {
    try {
      return jdbc.batchUpdate(sql, rows, rows.size(), JdbcValues::bind)[0];
    } finally {
      executed(kind);
    }
  }

  /** Runs one JDBC batch; returns the counts per execution. */
  public int[] batch(StatementKind kind, String sql, BatchPreparedStatementSetter setter) {
    try {
      return jdbc.batchUpdate(sql, setter);
    } finally {
      executed(kind);
    }
  }

  /** Runs one JDBC batch of inserts, collecting the generated keys. */
  void insertBatch(
      PreparedStatementCreator creator, BatchPreparedStatementSetter setter, KeyHolder keys) {
    try {
      jdbc.batchUpdate(creator, setter, keys);
    } finally {
      executed(StatementKind.INSERT);
    }
  }

  private void executed(StatementKind kind) {
    listener.statementExecuted(model, association, kind);
  }
}
