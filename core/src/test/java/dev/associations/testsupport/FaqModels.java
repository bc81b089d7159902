package dev.associations.testsupport;

import static dev.associations.annotation.ReferentialAction.CASCADE;

import dev.associations.annotation.Attribute;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import java.util.List;

/** The models of the Sequelize Association FAQ, as DESIGN §2 writes them; shared by the tests. */
public final class FaqModels {

  private FaqModels() {}

  @Model
  public static class Person {
    @PrimaryKey @AutoIncrement public Long id;
    public String name;

    @HasOne(
        foreignKey = @ForeignKey(value = "ownerId", onDelete = CASCADE, onUpdate = CASCADE),
        inverse = @Inverse("owner"))
    public DrivingLicense currentDrivingLicense;

    @BelongsToMany(inverse = @Inverse("parents"))
    public List<Person> children;

    public List<Person> parents;
  }

  @Model
  public static class DrivingLicense {
    @PrimaryKey @AutoIncrement public Long id;

    @Attribute(columnName = "owner_id")
    @NotNull
    public Long ownerId;

    public Person owner;
  }
}
