package dev.associations.repository;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dispatches a repository proxy's calls: AssociationRepository methods to the implementation, mixin
 * methods to the model's {@link Mixins}, default methods to their own body, and {@code
 * equals}/{@code hashCode}/{@code toString} by proxy identity. Every call but those is reported to
 * the listener.
 */
final class RepositoryInvocationHandler implements InvocationHandler {

  private final RepositoryDefinition definition;
  private final AssociationRepository<?, ?> implementation;
  private final Mixins mixins;
  private final RepositoryListener listener;
  private final TransactionTemplate transaction;

  RepositoryInvocationHandler(
      RepositoryDefinition definition,
      AssociationRepository<?, ?> implementation,
      Mixins mixins,
      RepositoryListener listener,
      TransactionTemplate transaction) {
    this.definition = definition;
    this.implementation = implementation;
    this.mixins = mixins;
    this.listener = listener;
    this.transaction = transaction;
  }

  @Override
  public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args)
      throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> args != null && proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default ->
            definition.repositoryInterface().getSimpleName()
                + "<"
                + definition.model().name()
                + ", "
                + definition.idType().getSimpleName()
                + ">@"
                + Integer.toHexString(System.identityHashCode(proxy));
      };
    }
    if (method.isDefault()) {
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    listener.repositoryInvoking(definition.repositoryInterface(), method);
    long start = System.nanoTime();
    Throwable failure = null;
    try {
      return dispatch(method, args);
    } catch (Throwable e) {
      failure = e;
      throw e;
    } finally {
      listener.repositoryInvoked(
          definition.repositoryInterface(), method, System.nanoTime() - start, failure);
    }
  }

  private @Nullable Object dispatch(Method method, @Nullable Object @Nullable [] args)
      throws Throwable {
    Mixin mixin = definition.mixins().get(method);
    if (mixin != null) {
      return mixins.invoke(
          mixin, method, Objects.requireNonNull(args, "a mixin's arguments")); // one at least
    }
    DerivedQuery query = definition.queries().get(method);
    if (query != null) {
      return query.run(implementation, transaction, args);
    }
    SqlMethod sql = definition.sqlMethods().get(method);
    if (sql != null) {
      return sql.run((DefaultAssociationRepository<?, ?>) implementation, args);
    }
    try {
      return method.invoke(implementation, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
