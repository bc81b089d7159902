package dev.associations.sample;

import dev.associations.annotation.Attribute;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;

/** The FAQ's driving license, whose declared {@code ownerId} attribute is adopted as the foreign key. */
@Model
public class DrivingLicense {

  @PrimaryKey @AutoIncrement Long id;
  String number;
  @Attribute(columnName = "owner_id") @NotNull Long ownerId;
  Person owner;
}
