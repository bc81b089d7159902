package dev.associations.autoconfigure.application;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

@Model
public class Note {
  @PrimaryKey @AutoIncrement public Long id;
  public String text;
  public Person author;
}
