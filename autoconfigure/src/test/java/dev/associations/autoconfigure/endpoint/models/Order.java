package dev.associations.autoconfigure.endpoint.models;

import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

@Model
public class Order {
  @PrimaryKey public Long id;
  @PrimaryKey public Integer version;
}
