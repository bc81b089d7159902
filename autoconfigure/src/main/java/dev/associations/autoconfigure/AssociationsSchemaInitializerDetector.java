package dev.associations.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/** Marks {@link AssociationsSchemaInitializer} beans as database initializers. */
class AssociationsSchemaInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(AssociationsSchemaInitializer.class);
  }
}
