package dev.associations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.dialect.Dialects;
import dev.associations.registry.AssociationRegistry;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.FaqModels;
import dev.associations.testsupport.ProductNameDataSource;
import dev.associations.testsupport.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which dialect the generator and the validator use: the registry's or the one given, which must
 * agree; the database is asked for its own only by a validator of a registry without one.
 */
class SchemaDialectTest {

  private static final AssociationRegistry WITHOUT_DIALECT = Registries.faq();
  private static final AssociationRegistry ON_H2 =
      AssociationRegistry.builder()
          .dialect(Dialects.H2)
          .addModels(FaqModels.Person.class, FaqModels.DrivingLicense.class)
          .build();

  private final TestDatabase h2 = DatabaseKind.H2.open();

  /** The H2 database, its metadata claiming a product no dialect knows. */
  private final ProductNameDataSource unknown =
      ProductNameDataSource.reporting("NoSuchDatabase", h2.dataSource());

  @AfterEach
  void close() {
    h2.close();
  }

  @Test
  void theGeneratorOfARegistryWritesWhatTheGeneratorOfItsDialectWrites() {
    for (var dialect :
        List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MARIADB, Dialects.MYSQL)) {
      AssociationRegistry registry =
          AssociationRegistry.builder()
              .dialect(dialect)
              .addModels(FaqModels.Person.class, FaqModels.DrivingLicense.class)
              .build();
      SchemaGenerator own = new SchemaGenerator(registry);
      SchemaGenerator given = new SchemaGenerator(registry, dialect);

      assertThat(own.createStatements()).isEqualTo(given.createStatements()).isNotEmpty();
      assertThat(own.dropStatements()).isEqualTo(given.dropStatements());
    }
  }

  @Test
  void theGeneratorOfARegistryWithoutDialectSaysHowToGiveOne() {
    assertThatThrownBy(() -> new SchemaGenerator(WITHOUT_DIALECT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The registry has no dialect to generate a schema for: build it with"
                + " AssociationRegistry.builder().dialect(...), or use new"
                + " SchemaGenerator(registry, dialect)");
  }

  @Test
  void theGeneratorRefusesAnotherDialectThanTheRegistrys() {
    assertThatThrownBy(() -> new SchemaGenerator(ON_H2, Dialects.POSTGRESQL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "The registry was checked against the dialect H2, but SchemaGenerator was given"
                + " PostgreSQL: give it the registry's dialect (or use new"
                + " SchemaGenerator(registry))");
  }

  @Test
  void theValidatorRefusesAnotherDialectThanTheRegistrys() {
    assertThatThrownBy(() -> new SchemaValidator(ON_H2, Dialects.MARIADB))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "The registry was checked against the dialect H2, but SchemaValidator was given"
                + " MariaDB: give it the registry's dialect (or use new"
                + " SchemaValidator(registry))");
  }

  @Test
  void theRegistrysDialectIsUsedWithoutAskingTheDatabase() {
    assertThat(new SchemaGenerator(ON_H2).createMissing(unknown))
        .containsExactly("people", "driving_licenses", "people_children");
    assertThat(new SchemaValidator(ON_H2).validate(unknown)).isEmpty();
    new SchemaValidator(ON_H2).validateOrThrow(unknown);

    assertThat(unknown.productNameReads()).isZero();
  }

  @Test
  void aGivenDialectIsUsedWithoutAskingTheDatabase() {
    assertThat(new SchemaGenerator(WITHOUT_DIALECT, Dialects.H2).createMissing(unknown))
        .containsExactly("people", "driving_licenses", "people_children");
    assertThat(new SchemaValidator(WITHOUT_DIALECT, Dialects.H2).validate(unknown)).isEmpty();

    assertThat(unknown.productNameReads()).isZero();
  }

  @Test
  void withoutADialectTheValidatorAsksTheDatabase() {
    new SchemaGenerator(WITHOUT_DIALECT, Dialects.H2).create(h2.dataSource());

    assertThatThrownBy(() -> new SchemaValidator(WITHOUT_DIALECT).validate(unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Unsupported database 'NoSuchDatabase': the supported databases are [H2, PostgreSQL,"
                + " MariaDB, MySQL]");
  }

  /** As its constructor says: it detects on every validation, from the database it reads. */
  @Test
  void withoutADialectTheValidatorDetectsOnEveryValidation() {
    new SchemaGenerator(WITHOUT_DIALECT, Dialects.H2).create(h2.dataSource());
    ProductNameDataSource counted = ProductNameDataSource.counting(h2.dataSource());
    SchemaValidator validator = new SchemaValidator(WITHOUT_DIALECT);

    assertThat(validator.validate(counted)).isEmpty();
    int perValidation = counted.productNameReads();
    assertThat(validator.validate(counted)).isEmpty();

    assertThat(perValidation).isPositive();
    assertThat(counted.productNameReads()).isEqualTo(2 * perValidation);
  }
}
