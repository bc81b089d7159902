package dev.associations.autoconfigure;

import dev.associations.repository.AssociationRepository;
import dev.associations.repository.RepositoryFactory;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes repositories and their factory wait for the database initializers (schema, SQL scripts).
 */
class AssociationRepositoriesDependOnDatabaseInitializationDetector
    extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(RepositoryFactory.class, AssociationRepository.class);
  }
}
