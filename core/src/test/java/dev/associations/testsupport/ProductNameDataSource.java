package dev.associations.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A real database whose JDBC metadata report another product name, or the real one, counting how
 * often they are asked for it: everything else goes to the real connections and metadata. A test
 * tells by it whether anything detected the dialect ({@code Dialects.detect} reads the product
 * name).
 */
public final class ProductNameDataSource extends DelegatingDataSource {

  private final @Nullable String productName;
  private final AtomicInteger productNameReads = new AtomicInteger();

  private ProductNameDataSource(DataSource database, @Nullable String productName) {
    super(database);
    this.productName = productName;
  }

  /** The database, its metadata reporting this product name (say, one no dialect knows). */
  public static ProductNameDataSource reporting(String productName, DataSource database) {
    return new ProductNameDataSource(database, productName);
  }

  /** The database, its metadata reporting its own product name. */
  public static ProductNameDataSource counting(DataSource database) {
    return new ProductNameDataSource(database, null);
  }

  /** How often the product name was read so far. */
  public int productNameReads() {
    return productNameReads.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connection(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return connection(super.getConnection(username, password));
  }

  private Connection connection(Connection real) {
    return proxy(
        Connection.class,
        real,
        (connection, method) ->
            method.getName().equals("getMetaData")
                ? metaData(real.getMetaData(), connection)
                : null);
  }

  private DatabaseMetaData metaData(DatabaseMetaData real, Connection connection) {
    return proxy(
        DatabaseMetaData.class,
        real,
        (metaData, method) ->
            switch (method.getName()) {
              case "getDatabaseProductName" -> {
                productNameReads.incrementAndGet();
                yield productName != null ? productName : real.getDatabaseProductName();
              }
              case "getConnection" -> connection;
              default -> null;
            });
  }

  /** What a proxy answers itself, or {@code null} to ask the real object. */
  private interface OwnAnswer<T> {
    @Nullable Object answer(T proxy, Method method) throws SQLException;
  }

  private static <T> T proxy(Class<T> type, T real, OwnAnswer<T> override) {
    return type.cast(
        Proxy.newProxyInstance(
            ProductNameDataSource.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "equals":
                  return proxy == args[0];
                case "hashCode":
                  return System.identityHashCode(proxy);
                default:
                  break;
              }
              Object own = override.answer(type.cast(proxy), method);
              if (own != null) {
                return own;
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
