package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import dev.associations.schema.SchemaValidator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.List;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Tables and columns named with words some database reserves ({@code order}, {@code user}, {@code
 * key}, {@code value}, {@code rank}): quoted where that database needs it, bare elsewhere, and
 * everything from schema to includes to validation works on each database.
 */
class ReservedNamesIntegrationTest {

  @Model(table = "user")
  static class User {
    @PrimaryKey @AutoIncrement Long id;
    String key;
    Integer rank;

    @HasMany(inverse = @Inverse("user"))
    List<Order> orders;
  }

  @Model(table = "order")
  static class Order {
    @PrimaryKey @AutoIncrement Long id;
    String value;
    User user;
  }

  /** Names in upper case, which only quotes keep so (and H2 would fold a bare name to). */
  @Model(table = "TICKETS")
  static class Ticket {
    @PrimaryKey @AutoIncrement Long id;

    @BelongsTo(foreignKey = @ForeignKey(value = "userId", columnName = "USER_ID"))
    User user;
  }

  interface TicketRepository extends AssociationRepository<Ticket, Long> {}

  interface UserRepository extends AssociationRepository<User, Long> {
    Order createOrder(User user, Order order);
  }

  @OnEachDatabase
  void reservedWordsAreQuotedWhereTheDatabaseReservesThem(TestDatabase db) {
    AssociationRegistry registry =
        AssociationRegistry.builder().addModels(User.class, Order.class, Ticket.class).build();
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    UserRepository users =
        new RepositoryFactory(
                registry, db.dataSource(), new DataSourceTransactionManager(db.dataSource()))
            .create(UserRepository.class);
    User ann = new User();
    ann.key = "k1";
    ann.rank = 3;
    users.save(ann);
    Order order = new Order();
    order.value = "v1";
    users.createOrder(ann, order);

    User found =
        users
            .findAll(
                Query.where("key")
                    .is("k1")
                    .and("orders.value")
                    .is("v1")
                    .orderBy("rank")
                    .include("orders"))
            .get(0);

    assertThat(found.orders).extracting(o -> o.value).containsExactly("v1");
    assertThat(users.count(Query.where("rank").greaterThan(2))).isEqualTo(1);
    Ticket ticket = new Ticket();
    ticket.user = null;
    TicketRepository tickets =
        new RepositoryFactory(
                registry, db.dataSource(), new DataSourceTransactionManager(db.dataSource()))
            .create(TicketRepository.class);
    tickets.save(ticket);
    db.jdbc()
        .update(
            "UPDATE "
                + db.dialect().quote("TICKETS")
                + " SET "
                + db.dialect().quote("USER_ID")
                + " = ?",
            ann.id);
    assertThat(tickets.findAll("user")).extracting(t -> t.user.key).containsExactly("k1");
    assertThat(new SchemaValidator(registry).validate(db.dataSource())).isEmpty();
    assertThat(db.dialect().quote("order")).isNotEqualTo("order");
  }
}
