package dev.associations.autoconfigure.plainsql;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import java.util.List;

@Model
public class Author {
  @PrimaryKey @AutoIncrement public Long id;
  public String name;

  @HasMany(inverse = @Inverse("author"))
  public List<Order> orders;
}
