package dev.associations.repository;

import dev.associations.dialect.Dialect;
import dev.associations.dialect.Dialects;
import dev.associations.internal.dialect.RegistryDialects;
import dev.associations.internal.execution.StatementExecutor;
import dev.associations.internal.sql.IncludeStatements;
import dev.associations.internal.sql.ModelStatements;
import dev.associations.registry.AssociationRegistry;
import java.lang.reflect.Proxy;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates repository proxies for interfaces extending {@link AssociationRepository}, on one
 * database. The transaction manager must manage transactions of the same data source (for example a
 * {@link org.springframework.jdbc.support.JdbcTransactionManager}), so that writes join them.
 */
public final class RepositoryFactory {

  private final AssociationRegistry registry;
  private final Dialect dialect;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final IncludeStatements includeStatements;
  private final RepositoryListener listener;
  private final ReadScope reads;

  /**
   * Uses the registry's dialect; when the registry has none, detects the database's from the data
   * source once, here (a connection is opened to read its metadata). Reports to no listener.
   */
  public RepositoryFactory(
      AssociationRegistry registry,
      DataSource dataSource,
      PlatformTransactionManager transactionManager) {
    this(registry, dataSource, transactionManager, RepositoryListener.NONE);
  }

  /**
   * Uses the registry's dialect; when the registry has none, detects the database's from the data
   * source once, here (a connection is opened to read its metadata). The repositories report to
   * {@code listener}.
   */
  public RepositoryFactory(
      AssociationRegistry registry,
      DataSource dataSource,
      PlatformTransactionManager transactionManager,
      RepositoryListener listener) {
    this(
        registry,
        Objects.requireNonNull(registry, "registry")
            .dialect()
            .orElseGet(() -> Dialects.detect(Objects.requireNonNull(dataSource, "dataSource"))),
        dataSource,
        transactionManager,
        listener);
  }

  /**
   * Uses this dialect, never asking the database for its own: it must be the registry's when the
   * registry has one. The repositories report to {@code listener}.
   *
   * @throws IllegalArgumentException when the registry was checked against another dialect
   */
  public RepositoryFactory(
      AssociationRegistry registry,
      Dialect dialect,
      DataSource dataSource,
      PlatformTransactionManager transactionManager,
      RepositoryListener listener) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.dialect =
        RegistryDialects.requireAgreement(
            registry,
            Objects.requireNonNull(dialect, "dialect"),
            "RepositoryFactory",
            "new RepositoryFactory(registry, dataSource, transactionManager, listener)");
    Objects.requireNonNull(dataSource, "dataSource");
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction =
        new TransactionTemplate(Objects.requireNonNull(transactionManager, "transactionManager"));
    this.includeStatements = new IncludeStatements(dialect);
    this.listener = Objects.requireNonNull(listener, "listener");
    this.reads = new ReadScope(dataSource, transactionManager);
  }

  /**
   * A repository implementing this interface.
   *
   * @throws RepositoryDefinitionException when the interface does not extend {@code
   *     AssociationRepository} with a registered model and a fitting id type, declares abstract
   *     methods that are no fitting mixins of the model's associations, or the model has no
   *     constructor without parameters
   */
  public <R extends AssociationRepository<?, ?>> R create(Class<R> repositoryInterface) {
    RepositoryDefinition definition =
        RepositoryDefinition.of(
            Objects.requireNonNull(repositoryInterface, "repositoryInterface"), registry);
    StatementExecutor executor = StatementExecutor.forModel(jdbc, listener, definition.model());
    Mixins mixins =
        new Mixins(
            definition.model(),
            definition.idType(),
            registry.associations(definition.model().type()),
            executor,
            dialect,
            transaction);
    AssociationRepository<?, ?> implementation =
        new DefaultAssociationRepository<>(
            new ModelStatements(dialect, definition.model()),
            definition.access(),
            definition.idType(),
            executor,
            transaction,
            registry,
            includeStatements,
            mixins,
            reads,
            dialect.cursorsNeedTransaction());
    return repositoryInterface.cast(
        Proxy.newProxyInstance(
            repositoryInterface.getClassLoader(),
            new Class<?>[] {repositoryInterface},
            new RepositoryInvocationHandler(
                definition, implementation, mixins, listener, transaction)));
  }
}
