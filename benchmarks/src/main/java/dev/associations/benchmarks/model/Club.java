package dev.associations.benchmarks.model;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import java.util.List;

@Model
public class Club {
  @PrimaryKey @AutoIncrement public Long id;
  @NotNull public String name;
  public List<Parent> members;
}
