package dev.associations.autoconfigure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The auto-configuration is built on core's public API, as an application would be. */
class CoreApiOnlyTest {

  @Test
  void usesNoInternalTypeOfCore() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.associations.internal..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.associations.autoconfigure"));
  }
}
