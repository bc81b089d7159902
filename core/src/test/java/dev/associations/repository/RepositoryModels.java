package dev.associations.repository;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import dev.associations.registry.AssociationRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Models and repository interfaces of the repository tests. */
final class RepositoryModels {

  private RepositoryModels() {}

  static AssociationRegistry registry() {
    return AssociationRegistry.builder()
        .addModels(
            Author.class,
            Book.class,
            Edition.class,
            Publisher.class,
            Magazine.class,
            Note.class,
            Order.class,
            OrderLine.class)
        .build();
  }

  enum Genre {
    POETRY,
    PROSE
  }

  @Model
  static class Author {
    @PrimaryKey @AutoIncrement Long id;
    @NotNull String name;
    Integer age;
    Genre genre;
    boolean active;
    UUID uuid;
    LocalDate born;
    LocalDateTime updatedAt;
    BigDecimal balance;
    Instant seenAt;

    Author() {}

    Author(String name, Integer age) {
      this.name = name;
      this.age = age;
    }
  }

  /**
   * Its foreign key {@code authorId} is added by the association: the class has no field for it.
   */
  @Model
  static class Book {
    @PrimaryKey @AutoIncrement Long id;
    String title;
    @BelongsTo Author author;
  }

  @Model
  static class Publisher {
    @PrimaryKey @AutoIncrement Long id;
    @NotNull String name;

    @HasMany(inverse = @Inverse("publisher"))
    List<Magazine> magazines;

    Publisher() {}

    Publisher(String name) {
      this.name = name;
    }
  }

  /**
   * Its foreign key {@code publisherId} is undeclared; {@code publisher} is the inverse of a
   * HasMany.
   */
  @Model
  static class Magazine {
    @PrimaryKey @AutoIncrement Long id;
    String title;
    Publisher publisher;
  }

  /** Its inverse {@code Publisher.notes} has no field: it cannot be included. */
  @Model
  static class Note {
    @PrimaryKey @AutoIncrement Long id;

    @BelongsTo(inverse = @Inverse(value = "notes", type = Inverse.Type.HAS_MANY))
    Publisher publisher;
  }

  /** A composite primary key referenced by the composite foreign key of its lines. */
  @Model
  static class Order {
    @PrimaryKey Long id;
    @PrimaryKey Integer version;
    String label;

    @HasMany(inverse = @Inverse("order"))
    List<OrderLine> lines;
  }

  @Model
  static class OrderLine {
    @PrimaryKey @AutoIncrement Long id;
    String product;
    Order order;
  }

  @Model
  static class Edition {
    @PrimaryKey Long isbnGroup;
    @PrimaryKey Integer number;
    String label;

    private Edition() {}

    Edition(Long isbnGroup, Integer number, String label) {
      this.isbnGroup = isbnGroup;
      this.number = number;
      this.label = label;
    }
  }

  record EditionId(Long isbnGroup, Integer number) {}

  @Model
  static class Unconstructible {
    @PrimaryKey Long id;

    Unconstructible(Long id) {
      this.id = id;
    }
  }

  interface AuthorRepository extends AssociationRepository<Author, Long> {
    default List<Author> named(String name) {
      return findAll(Query.where("name").is(name));
    }
  }

  interface BookRepository extends AssociationRepository<Book, Long> {}

  interface PublisherRepository extends AssociationRepository<Publisher, Long> {}

  interface MagazineRepository extends AssociationRepository<Magazine, Long> {}

  interface OrderRepository extends AssociationRepository<Order, OrderId> {}

  record OrderId(Long id, Integer version) {}

  interface OrderLineRepository extends AssociationRepository<OrderLine, Long> {}

  interface EditionRepository extends AssociationRepository<Edition, EditionId> {}
}
