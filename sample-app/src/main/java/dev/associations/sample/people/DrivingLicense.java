package dev.associations.sample.people;

import dev.associations.annotation.Attribute;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;

/**
 * A driving license. Its declared {@code ownerId} attribute is adopted as the key of {@code
 * Person.currentDrivingLicense}; {@code owner} is that association's inverse.
 */
@Model
public class DrivingLicense {

  @PrimaryKey @AutoIncrement public Long id;
  @NotNull public String number;

  @Attribute(columnName = "owner_id")
  @NotNull
  public Long ownerId;

  public Person owner;

  public static DrivingLicense numbered(String number) {
    DrivingLicense license = new DrivingLicense();
    license.number = number;
    return license;
  }
}
