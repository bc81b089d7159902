package dev.associations.repository;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A data source counting executed prepared statements and batches. */
final class CountingDataSource extends DelegatingDataSource {

  private final AtomicInteger batches = new AtomicInteger();
  private final AtomicInteger statements = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger readOnlyMarks = new AtomicInteger();

  CountingDataSource(DataSource target) {
    super(target);
  }

  /** {@code executeBatch} calls. */
  int batches() {
    return batches.get();
  }

  /**
   * {@code execute}, {@code executeQuery}, {@code executeUpdate} and {@code executeBatch} calls.
   */
  int statements() {
    return statements.get();
  }

  /** Connections handed out. */
  int connections() {
    return connections.get();
  }

  /** {@code setReadOnly(true)} calls. */
  int readOnlyMarks() {
    return readOnlyMarks.get();
  }

  void reset() {
    readOnlyMarks.set(0);
    batches.set(0);
    statements.set(0);
    connections.set(0);
  }

  @Override
  public Connection getConnection() throws java.sql.SQLException {
    connections.incrementAndGet();
    return wrap(super.getConnection(), Connection.class);
  }

  private <X> X wrap(X target, Class<X> type) {
    return type.cast(
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              count(method, args);
              Object result = invoke(target, method, args);
              return result instanceof PreparedStatement statement && type == Connection.class
                  ? wrap(statement, PreparedStatement.class)
                  : result;
            }));
  }

  private void count(Method method, Object[] args) {
    if (method.getName().equals("setReadOnly") && Boolean.TRUE.equals(args[0])) {
      readOnlyMarks.incrementAndGet();
    }
    if (method.getDeclaringClass() == Connection.class || !method.getName().startsWith("execute")) {
      return;
    }
    statements.incrementAndGet();
    if (method.getName().equals("executeBatch")) {
      batches.incrementAndGet();
    }
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
