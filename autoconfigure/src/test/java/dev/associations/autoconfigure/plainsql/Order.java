package dev.associations.autoconfigure.plainsql;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

/** A table named with a reserved word: the schema quotes it, and so must SQL of your own. */
@Model(table = "order")
public class Order {
  @PrimaryKey @AutoIncrement public Long id;
  public String label;
  public Author author;
}
