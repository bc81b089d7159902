package dev.associations.autoconfigure.application;

import static dev.associations.annotation.ReferentialAction.CASCADE;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasMany;
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
  public DrivingLicense currentDrivingLicense;

  @BelongsToMany(inverse = @Inverse("parents"))
  public List<Person> children;

  public List<Person> parents;

  /**
   * Note.authorId is nullable: its ON DELETE comes from
   * associations.foreign-keys.on-delete-when-nullable.
   */
  @HasMany(inverse = @Inverse("author"))
  public List<Note> notes;

  public static Person named(String name) {
    Person person = new Person();
    person.name = name;
    return person;
  }
}
