package dev.associations.schema;

import dev.associations.annotation.ReferentialAction;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.registry.AssociationRegistry;
import dev.associations.registry.ForeignKeyDefaults;
import dev.associations.testsupport.FaqModels;
import java.util.List;

/** Registries of the test models, and lookups into them. */
final class Registries {

  private Registries() {}

  static AssociationRegistry of(Class<?>... models) {
    return AssociationRegistry.builder().addModels(models).build();
  }

  static AssociationRegistry faq() {
    return of(FaqModels.Person.class, FaqModels.DrivingLicense.class);
  }

  static AssociationRegistry orders() {
    return of(OrderModels.Order.class, OrderModels.OrderLine.class);
  }

  /** Team with one child model per action, SET DEFAULT excepted. */
  static AssociationRegistry actions() {
    return of(
        ActionModels.Team.class,
        ActionModels.CascadeMember.class,
        ActionModels.SetNullMember.class,
        ActionModels.RestrictMember.class,
        ActionModels.NoActionMember.class);
  }

  static AssociationRegistry setDefault() {
    return of(ActionModels.Team.class, ActionModels.SetDefaultMember.class);
  }

  static AssociationRegistry players() {
    return of(ActionModels.Team.class, ActionModels.Player.class);
  }

  /** Players whose nullable foreign keys are {@code ON DELETE RESTRICT} by configuration. */
  static AssociationRegistry playersRestrictingWhenNullable() {
    return AssociationRegistry.builder()
        .foreignKeyDefaults(
            ForeignKeyDefaults.STANDARD.withOnDeleteWhenNullable(ReferentialAction.RESTRICT))
        .addModels(ActionModels.Team.class, ActionModels.Player.class)
        .build();
  }

  static AssociationRegistry cycle() {
    return of(CycleModels.Department.class, CycleModels.Employee.class);
  }

  /** The foreign key of a table on these columns. */
  static ForeignKeyMetadata foreignKey(
      AssociationRegistry registry, String table, String... columns) {
    return registry.foreignKeys().stream()
        .filter(fk -> fk.table().equals(table) && fk.columnNames().equals(List.of(columns)))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no foreign key "
                        + table
                        + List.of(columns)
                        + " in "
                        + registry.foreignKeys()));
  }
}
