package dev.associations.autoconfigure.models;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

@Model
public class Person {
  @PrimaryKey @AutoIncrement public Long id;
  public String name;
}
