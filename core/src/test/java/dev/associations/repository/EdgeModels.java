package dev.associations.repository;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.registry.AssociationRegistry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Models at the edges of what the README supports: a model whose only column is its generated key,
 * every attribute type, primitive generated keys, a key of a type other than Long, and to-one
 * associations whose keys need not be unique.
 */
final class EdgeModels {

  private EdgeModels() {}

  static AssociationRegistry registry() {
    return AssociationRegistry.builder()
        .addModels(
            Ticket.class,
            Wallet.class,
            Token.class,
            Shelf.class,
            Sample.class,
            Sticker.class,
            Ledger.class,
            Entry.class,
            Vault.class,
            Item.class,
            Post.class,
            Pin.class,
            Country.class,
            Visa.class,
            Desk.class,
            Seat.class,
            Club.class,
            Member.class)
        .build();
  }

  /** No column but its generated key. */
  @Model
  static class Ticket {
    @PrimaryKey @AutoIncrement Long id;
  }

  @Model
  static class Wallet {
    @PrimaryKey @AutoIncrement Long id;
    String owner;

    @HasMany(inverse = @Inverse("wallet"))
    List<Token> tokens;
  }

  /**
   * Its only declared attribute is its generated key: the foreign key {@code walletId} is added by
   * the association.
   */
  @Model
  static class Token {
    @PrimaryKey @AutoIncrement Long id;
    Wallet wallet;
  }

  enum Shade {
    LIGHT,
    DARK
  }

  @Model
  static class Shelf {
    @PrimaryKey @AutoIncrement Long id;
    String name;

    @HasMany(inverse = @Inverse("shelf"))
    List<Sample> samples;
  }

  /** One attribute of every supported type, boxed and primitive. */
  @Model
  static class Sample {
    @PrimaryKey @AutoIncrement Long id;
    Long longValue;
    Integer integerValue;
    Short shortValue;
    Byte byteValue;
    Boolean booleanValue;
    Double doubleValue;
    Float floatValue;
    String text;
    BigDecimal decimal;
    BigInteger big;
    LocalDate day;
    LocalTime time;
    LocalDateTime local;
    OffsetDateTime offset;
    Instant instant;
    UUID uuid;
    byte[] bytes;
    Shade shade;
    long primitiveLong;
    int primitiveInt;
    short primitiveShort;
    byte primitiveByte;
    boolean primitiveBoolean;
    double primitiveDouble;
    float primitiveFloat;
    Shelf shelf;
  }

  /** Reads a {@link Sample} as a joined table. */
  @Model
  static class Sticker {
    @PrimaryKey @AutoIncrement Long id;
    @BelongsTo Sample sample;
  }

  /** A key that is neither generated nor a Long. */
  @Model
  static class Ledger {
    @PrimaryKey BigInteger number;
    String title;

    @HasMany(inverse = @Inverse("ledger"))
    List<Entry> entries;
  }

  @Model
  static class Entry {
    @PrimaryKey @AutoIncrement Long id;
    BigInteger amount;
    Ledger ledger;
  }

  /** Primitive generated keys: 0 means unsaved, as {@code null} does in a boxed one. */
  @Model
  static class Vault {
    @PrimaryKey @AutoIncrement long id;
    String label;

    @HasMany(inverse = @Inverse("vault"))
    List<Item> items;
  }

  @Model
  static class Item {
    @PrimaryKey @AutoIncrement long id;
    String name;
    Vault vault;
  }

  /** A HasOne without constraints: several pins may point at one post. */
  @Model
  static class Post {
    @PrimaryKey @AutoIncrement Long id;
    String title;

    @HasOne(inverse = @Inverse("post"), foreignKeyConstraints = false)
    Pin pin;
  }

  @Model
  static class Pin {
    @PrimaryKey @AutoIncrement Long id;
    String note;
    Post post;
  }

  /**
   * Its {@code code} is not unique: nothing makes it so, since the key referencing it is
   * unconstrained.
   */
  @Model
  static class Country {
    @PrimaryKey @AutoIncrement Long id;
    String code;
    String name;
  }

  @Model
  static class Visa {
    @PrimaryKey @AutoIncrement Long id;

    @BelongsTo(targetKey = "code", foreignKeyConstraints = false)
    Country country;
  }

  /** An unconstrained HasOne to a model with a composite primary key. */
  @Model
  static class Desk {
    @PrimaryKey @AutoIncrement Long id;

    @HasOne(inverse = @Inverse("desk"), foreignKeyConstraints = false)
    Seat seat;
  }

  @Model
  static class Seat {
    @PrimaryKey String aisle;
    @PrimaryKey Integer number;
    Desk desk;
  }

  /** A text key, which MariaDB's default collation compares ignoring case and Java does not. */
  @Model
  static class Club {
    @PrimaryKey String code;

    @HasMany(inverse = @Inverse("club"))
    List<Member> members;
  }

  @Model
  static class Member {
    @PrimaryKey @AutoIncrement Long id;
    String name;
    Club club;
  }

  interface ClubRepository extends AssociationRepository<Club, String> {}

  interface DeskRepository extends AssociationRepository<Desk, Long> {
    Optional<Seat> getSeat(Desk desk);
  }

  interface VisaRepository extends AssociationRepository<Visa, Long> {
    Optional<Country> getCountry(Visa visa);
  }

  interface TicketRepository extends AssociationRepository<Ticket, Long> {}

  interface WalletRepository extends AssociationRepository<Wallet, Long> {
    Token createToken(Wallet wallet, Token token);
  }

  interface TokenRepository extends AssociationRepository<Token, Long> {}

  interface ShelfRepository extends AssociationRepository<Shelf, Long> {
    List<Sample> getSamples(Shelf shelf);
  }

  interface SampleRepository extends AssociationRepository<Sample, Long> {}

  interface StickerRepository extends AssociationRepository<Sticker, Long> {
    Optional<Sample> getSample(Sticker sticker);
  }

  interface LedgerRepository extends AssociationRepository<Ledger, BigInteger> {
    List<Entry> getEntries(Ledger ledger);

    void addEntries(Ledger ledger, Collection<Entry> entries);
  }

  interface EntryRepository extends AssociationRepository<Entry, Long> {}

  interface VaultRepository extends AssociationRepository<Vault, Long> {
    List<Item> getItems(Vault vault);

    long countItems(Vault vault);

    void addItem(Vault vault, Item item);

    void addItems(Vault vault, Collection<Item> items);

    void removeItem(Vault vault, Item item);

    boolean hasItem(Vault vault, Item item);

    void setItems(Vault vault, Collection<Item> items);

    Item createItem(Vault vault, Item item);
  }

  interface ItemRepository extends AssociationRepository<Item, Long> {
    Optional<Vault> getVault(Item item);

    void setVault(Item item, Vault vault);

    Vault createVault(Item item, Vault vault);
  }

  interface PostRepository extends AssociationRepository<Post, Long> {
    Optional<Pin> getPin(Post post);
  }

  interface PinRepository extends AssociationRepository<Pin, Long> {}
}
