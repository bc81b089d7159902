package dev.associations.autoconfigure.endpoint.models;

import static dev.associations.annotation.ReferentialAction.CASCADE;

import dev.associations.annotation.AssociationScope;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import java.util.List;

@Model
public class Person {
  @PrimaryKey @AutoIncrement public Long id;
  public String name;

  @HasOne(
      foreignKey = @ForeignKey(value = "ownerId", onDelete = CASCADE),
      inverse = @Inverse("owner"))
  @AssociationScope(attribute = "category", value = "B")
  public DrivingLicense license;

  @BelongsToMany(inverse = @Inverse("parents"))
  public List<Person> children;

  public List<Person> parents;
}
