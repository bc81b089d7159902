package dev.associations.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * Leaves out every component of the application: repositories are registered by the
 * auto-configuration.
 */
public final class AssociationsTypeExcludeFilter
    extends StandardAnnotationCustomizableTypeExcludeFilter<AssociationsTest> {

  AssociationsTypeExcludeFilter(Class<?> testClass) {
    super(testClass);
  }
}
