package dev.associations.autoconfigure.endpoint.models;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

@Model
public class OrderLine {
  @PrimaryKey @AutoIncrement public Long id;
  @BelongsTo public Order order;
}
