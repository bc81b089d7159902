package dev.associations.benchmarks.model;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import java.util.List;

/**
 * A root: children (HasMany, key {@code children.parent_id}) and clubs (BelongsToMany through
 * {@code clubs_parents}).
 */
@Model
public class Parent {
  @PrimaryKey @AutoIncrement public Long id;
  @NotNull public String name;

  @HasMany(inverse = @Inverse("parent"))
  public List<Child> children;

  @BelongsToMany(inverse = @Inverse("members"))
  public List<Club> clubs;
}
