package dev.associations.autoconfigure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The auto-configuration is built on core's public API, as an application would be. */
class CoreApiOnlyTest {

  @Test
  void usesNoInternalTypeOfCore() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.associations.internal..")
        .check(
            new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("dev.associations.autoconfigure"));
  }
}
