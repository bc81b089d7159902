package dev.associations.schema;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;

/** A composite primary key (id, version) referenced by a composite foreign key. */
final class OrderModels {

  private OrderModels() {}

  @Model
  static class Order {
    @PrimaryKey Long id;
    @PrimaryKey Integer version;
    String customer;
  }

  @Model
  static class OrderLine {
    @PrimaryKey @AutoIncrement Long id;
    @NotNull Long orderId;
    @NotNull Integer orderVersion;
    String product;

    @BelongsTo Order order;
  }
}
