package dev.associations.autoconfigure;

import dev.associations.repository.AssociationRepository;
import dev.associations.repository.RepositoryFactory;
import org.springframework.beans.factory.FactoryBean;

/** One repository bean, created by the {@link RepositoryFactory} when the bean is created. */
class AssociationRepositoryFactoryBean<R extends AssociationRepository<?, ?>>
    implements FactoryBean<R> {

  private final Class<R> repositoryInterface;
  private final R repository;

  AssociationRepositoryFactoryBean(Class<R> repositoryInterface, RepositoryFactory factory) {
    this.repositoryInterface = repositoryInterface;
    this.repository = factory.create(repositoryInterface);
  }

  @Override
  public R getObject() {
    return repository;
  }

  @Override
  public Class<R> getObjectType() {
    return repositoryInterface;
  }
}
