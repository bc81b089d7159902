package dev.associations.repository;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that makes one statement execution fail: the n-th after {@link #failExecution},
 * optionally closing its connection first, as a connection dying mid-transaction would.
 */
final class FaultyDataSource extends DelegatingDataSource {

  private final AtomicInteger countdown = new AtomicInteger();
  private volatile boolean killConnection;

  FaultyDataSource(DataSource target) {
    super(target);
  }

  /**
   * The {@code n}-th statement execution from now fails; {@code kill} closes its connection first.
   */
  void failExecution(int n, boolean kill) {
    killConnection = kill;
    countdown.set(n);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = super.getConnection();
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              Object result = invoke(connection, method, args);
              return result instanceof PreparedStatement statement
                  ? statement(statement, connection)
                  : result;
            });
  }

  private PreparedStatement statement(PreparedStatement statement, Connection connection) {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) -> {
              if (method.getName().startsWith("execute")
                  && countdown.get() > 0
                  && countdown.decrementAndGet() == 0) {
                if (killConnection) {
                  connection
                      .close(); // the database rolls back what the connection's transaction did
                  throw new SQLException("injected fault: connection lost", "08006");
                }
                throw new SQLException("injected fault in " + method.getName(), "HY000");
              }
              return invoke(statement, method, args);
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
