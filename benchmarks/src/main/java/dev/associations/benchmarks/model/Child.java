package dev.associations.benchmarks.model;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;

/** A parent's child, with its driving license (HasOne, key {@code licenses.child_id}). */
@Model
public class Child {
  @PrimaryKey @AutoIncrement public Long id;
  @NotNull public String name;
  @NotNull public Long parentId;
  public Parent parent;

  @HasOne(inverse = @Inverse("child"))
  public License license;
}
