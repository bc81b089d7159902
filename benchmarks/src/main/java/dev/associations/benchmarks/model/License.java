package dev.associations.benchmarks.model;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;

@Model
public class License {
  @PrimaryKey @AutoIncrement public Long id;
  @NotNull public String number;
  @NotNull public Long childId;
  public Child child;
}
