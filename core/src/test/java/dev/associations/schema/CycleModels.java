package dev.associations.schema;

import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

/** Two tables referencing each other, one of them also itself. */
final class CycleModels {

  private CycleModels() {}

  @Model
  static class Department {
    @PrimaryKey Long id;
    @BelongsTo Employee manager;
  }

  @Model
  static class Employee {
    @PrimaryKey Long id;
    @BelongsTo Department department;
    @BelongsTo Employee mentor;
  }
}
