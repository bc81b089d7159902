package dev.associations.autoconfigure.models;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

@Model
public class DrivingLicense {
  @PrimaryKey @AutoIncrement public Long id;
  @BelongsTo public Person owner;
}
