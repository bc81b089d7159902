package dev.associations.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * Registers the repository interfaces of the given packages as beans, instead of those of the
 * auto-configuration packages. Without packages, the package of the annotated class is scanned.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(EnableAssociationRepositoriesRegistrar.class)
public @interface EnableAssociationRepositories {

  /** Alias for {@link #basePackages()}. */
  @AliasFor("basePackages")
  String[] value() default {};

  /** Packages scanned for repository interfaces. */
  @AliasFor("value")
  String[] basePackages() default {};

  /** Classes whose packages are scanned for repository interfaces. */
  Class<?>[] basePackageClasses() default {};
}
