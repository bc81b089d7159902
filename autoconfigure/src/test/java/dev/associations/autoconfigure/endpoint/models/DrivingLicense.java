package dev.associations.autoconfigure.endpoint.models;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

@Model
public class DrivingLicense {
  @PrimaryKey @AutoIncrement public Long id;
  public String category;
  public Person owner;
}
