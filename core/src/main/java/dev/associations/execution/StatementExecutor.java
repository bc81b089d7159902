package dev.associations.execution;

import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import dev.associations.sql.SqlStatement;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Executes statements for one model or one association, binding values with {@link JdbcValues} and
 * telling an {@link ExecutionListener} about each statement or batch.
 */
public final class StatementExecutor {

  private final JdbcTemplate jdbc;
  private final ExecutionListener listener;
  private final ModelMetadata model;
  private final Association association;

  private StatementExecutor(JdbcTemplate jdbc, ExecutionListener listener, ModelMetadata model,
      Association association) {
    this.jdbc = jdbc;
    this.listener = listener;
    this.model = model;
    this.association = association;
  }

  /** An executor for the model's own rows. */
  public static StatementExecutor forModel(JdbcTemplate jdbc, ExecutionListener listener, ModelMetadata model) {
    return new StatementExecutor(jdbc, listener, model, null);
  }

  /** An executor with the same connection and listener, for this association. */
  public StatementExecutor forAssociation(Association association) {
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

  /**
   * Runs a query whose rows are read as the stream is consumed, {@code fetchSize} at a time (a
   * cursor where the database and driver keep one); the stream holds its connection until closed.
   */
  public <R> Stream<R> stream(SqlStatement statement, RowMapper<R> mapper, int fetchSize) {
    JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
    cursor.setFetchSize(fetchSize);
    cursor.setExceptionTranslator(jdbc.getExceptionTranslator());
    try {
      return cursor.queryForStream(statement.sql(), ps -> JdbcValues.bind(ps, statement.parameters()), mapper);
    } finally {
      executed(StatementKind.SELECT);
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
  public void insertBatch(PreparedStatementCreator creator, BatchPreparedStatementSetter setter, KeyHolder keys) {
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
