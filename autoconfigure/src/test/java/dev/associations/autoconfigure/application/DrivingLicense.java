package dev.associations.autoconfigure.application;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

@Model
public class DrivingLicense {
  @PrimaryKey @AutoIncrement public Long id;
  public String number;
  public Person owner;

  public static DrivingLicense numbered(String number) {
    DrivingLicense license = new DrivingLicense();
    license.number = number;
    return license;
  }
}
