package dev.associations.sample;

import static dev.associations.annotation.ReferentialAction.CASCADE;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import java.util.List;

/** The FAQ's person: a current driving license (HasOne) and children/parents (self BelongsToMany). */
@Model
public class Person {

  @PrimaryKey @AutoIncrement Long id;
  String name;

  @HasOne(foreignKey = @ForeignKey(value = "ownerId", onDelete = CASCADE, onUpdate = CASCADE),
      inverse = @Inverse("owner"))
  DrivingLicense currentDrivingLicense;

  @BelongsToMany(inverse = @Inverse("parents"))
  List<Person> children;
  List<Person> parents;
}
