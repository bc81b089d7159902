package dev.associations.sample.people;

import static dev.associations.annotation.ReferentialAction.CASCADE;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import java.util.List;

/**
 * The FAQ's person: a current driving license (HasOne; its key {@code ownerId} lives on the
 * license, which is deleted with its owner) and children/parents (a self BelongsToMany through
 * {@code people_children}).
 */
@Model
public class Person {

  @PrimaryKey @AutoIncrement public Long id;
  @NotNull public String name;

  @HasOne(
      foreignKey = @ForeignKey(value = "ownerId", onDelete = CASCADE, onUpdate = CASCADE),
      inverse = @Inverse("owner"))
  public DrivingLicense currentDrivingLicense;

  @BelongsToMany(inverse = @Inverse("parents"))
  public List<Person> children;

  public List<Person> parents;

  public static Person named(String name) {
    Person person = new Person();
    person.name = name;
    return person;
  }
}
