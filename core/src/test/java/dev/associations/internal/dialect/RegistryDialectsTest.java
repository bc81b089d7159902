package dev.associations.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.dialect.Dialects;
import dev.associations.dialect.H2Dialect;
import dev.associations.registry.AssociationRegistry;
import org.junit.jupiter.api.Test;

class RegistryDialectsTest {

  private static final AssociationRegistry WITHOUT_DIALECT = AssociationRegistry.builder().build();
  private static final AssociationRegistry ON_H2 =
      AssociationRegistry.builder().dialect(Dialects.H2).build();

  @Test
  void anyDialectAgreesWithARegistryWithoutOne() {
    assertThat(
            RegistryDialects.requireAgreement(
                WITHOUT_DIALECT, Dialects.POSTGRESQL, "SchemaGenerator", "new SchemaGenerator(r)"))
        .isSameAs(Dialects.POSTGRESQL);
  }

  @Test
  void theRegistrysDialectAgrees() {
    assertThat(
            RegistryDialects.requireAgreement(
                ON_H2, Dialects.H2, "SchemaGenerator", "new SchemaGenerator(r)"))
        .isSameAs(Dialects.H2);
  }

  /** Dialects are compared by name: another instance of the same database's dialect agrees. */
  @Test
  void anotherInstanceOfTheSameDialectAgreesAndIsTheOneUsed() {
    H2Dialect other = new H2Dialect();

    assertThat(
            RegistryDialects.requireAgreement(
                ON_H2, other, "SchemaGenerator", "new SchemaGenerator(r)"))
        .isSameAs(other);
  }

  @Test
  void anotherDatabasesDialectIsRejectedSayingWhichTheRegistryWasCheckedAgainst() {
    assertThatThrownBy(
            () ->
                RegistryDialects.requireAgreement(
                    ON_H2, Dialects.POSTGRESQL, "SchemaValidator", "new SchemaValidator(registry)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The registry was checked against the dialect H2, but SchemaValidator was given"
                + " PostgreSQL: give it the registry's dialect (or use new"
                + " SchemaValidator(registry)), or build the registry with"
                + " AssociationRegistry.builder().dialect(...) for PostgreSQL so that it is"
                + " checked against that database");
  }
}
