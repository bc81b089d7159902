package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.associations.repository.EdgeModels.Entry;
import dev.associations.repository.EdgeModels.EntryRepository;
import dev.associations.repository.EdgeModels.Ledger;
import dev.associations.repository.EdgeModels.LedgerRepository;
import dev.associations.repository.EdgeModels.Sample;
import dev.associations.repository.EdgeModels.SampleRepository;
import dev.associations.repository.EdgeModels.Shade;
import dev.associations.repository.EdgeModels.Shelf;
import dev.associations.repository.EdgeModels.ShelfRepository;
import dev.associations.repository.EdgeModels.Sticker;
import dev.associations.repository.EdgeModels.StickerRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.springframework.dao.TypeMismatchDataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Every supported attribute type is written and read back equal along every read path: a find, a
 * query by its value, the roots of a load with includes, a to-many include, a joined to-one
 * include, and the mixins; and a key of a type other than Long works as an id, a foreign key and an
 * include key.
 */
class AttributeTypesIntegrationTest {

  private RepositoryFactory factory;

  private void setUp(TestDatabase db) {
    new SchemaGenerator(EdgeModels.registry(), db.dialect()).create(db.dataSource());
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    factory =
        new RepositoryFactory(
            EdgeModels.registry(), dataSource, new DataSourceTransactionManager(dataSource));
  }

  /** Values at the edges of their types, with microseconds where time has them. */
  private static Sample full() {
    Sample sample = new Sample();
    sample.longValue = Long.MAX_VALUE;
    sample.integerValue = Integer.MIN_VALUE;
    sample.shortValue = Short.MAX_VALUE;
    sample.byteValue = Byte.MIN_VALUE;
    sample.booleanValue = false;
    sample.doubleValue = -1234.5625;
    sample.floatValue = 0.375f;
    sample.text = "naïve 'text' \\ 中文";
    sample.decimal = new BigDecimal("-123456789012345.1234");
    sample.big = new BigInteger("-12345678901234567890123456789012345678");
    sample.day = LocalDate.of(1999, 12, 31);
    sample.time = LocalTime.of(23, 59, 58, 123_456_000);
    sample.local = LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000);
    sample.offset = OffsetDateTime.of(2024, 2, 29, 13, 14, 15, 654_321_000, ZoneOffset.ofHours(2));
    sample.instant = Instant.parse("2024-02-29T11:14:15.987654Z");
    sample.uuid = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");
    sample.bytes = new byte[] {0, 1, -1, 127, -128};
    sample.shade = Shade.DARK;
    sample.primitiveLong = Long.MIN_VALUE;
    sample.primitiveInt = Integer.MAX_VALUE;
    sample.primitiveShort = Short.MIN_VALUE;
    sample.primitiveByte = Byte.MAX_VALUE;
    sample.primitiveBoolean = true;
    sample.primitiveDouble = 0.125;
    sample.primitiveFloat = -2.5f;
    return sample;
  }

  /**
   * Attributes equal as values: numbers of the same scale, and an {@link OffsetDateTime} at the
   * same instant (only H2 keeps its offset: PostgreSQL reads it back in UTC, MariaDB stores a
   * DATETIME); associations are compared elsewhere.
   */
  private static RecursiveComparisonConfiguration sameValues() {
    return RecursiveComparisonConfiguration.builder()
        .withComparatorForType((a, b) -> a.compareTo(b), BigDecimal.class)
        .withComparatorForType(
            (a, b) -> a.toInstant().compareTo(b.toInstant()), OffsetDateTime.class)
        .withIgnoredFields("shelf")
        .build();
  }

  private static void assertSameValues(Sample actual, Sample expected) {
    assertThat(actual).usingRecursiveComparison(sameValues()).isEqualTo(expected);
  }

  @OnEachDatabase
  void everyTypeReadsBackAlongEveryReadPath(TestDatabase db) {
    setUp(db);
    ShelfRepository shelves = factory.create(ShelfRepository.class);
    SampleRepository samples = factory.create(SampleRepository.class);
    StickerRepository stickers = factory.create(StickerRepository.class);
    Shelf shelf = new Shelf();
    shelf.name = "top";
    shelves.save(shelf);
    Sample full = shelves.association(shelf, "samples").create(full());
    Sample empty = shelves.association(shelf, "samples").create(new Sample());
    Sticker sticker = new Sticker();
    stickers.save(sticker);
    stickers.association(sticker, "sample").set(full);

    assertSameValues(samples.findById(full.id).orElseThrow(), full);
    if (db.kind() == DatabaseKind.H2) {
      assertThat(samples.findById(full.id).orElseThrow().offset).isEqualTo(full.offset);
    }
    assertSameValues(samples.findById(empty.id).orElseThrow(), empty);
    assertSameValues(
        samples.findAllById(List.of(full.id, empty.id)).stream()
            .filter(s -> s.id.equals(full.id))
            .findFirst()
            .orElseThrow(),
        full);

    Sample root = samples.findById(full.id, "shelf").orElseThrow();
    assertSameValues(root, full);
    assertThat(root.shelf.name).isEqualTo("top");

    List<Sample> included = shelves.findById(shelf.id, "samples").orElseThrow().samples;
    assertThat(included).hasSize(2);
    assertSameValues(
        included.stream().filter(s -> s.id.equals(full.id)).findFirst().orElseThrow(), full);
    assertSameValues(
        included.stream().filter(s -> s.id.equals(empty.id)).findFirst().orElseThrow(), empty);

    assertSameValues(stickers.findById(sticker.id, "sample").orElseThrow().sample, full);
    assertSameValues(stickers.getSample(sticker).orElseThrow(), full);
    List<Sample> got = shelves.getSamples(shelf);
    assertSameValues(
        got.stream().filter(s -> s.id.equals(full.id)).findFirst().orElseThrow(), full);
  }

  /** A query for each attribute's value finds the row holding it, and only that row. */
  @OnEachDatabase
  void everyTypeIsFoundByItsValue(TestDatabase db) throws IllegalAccessException {
    setUp(db);
    SampleRepository samples = factory.create(SampleRepository.class);
    Sample full = samples.save(full());
    Sample other = new Sample();
    other.primitiveBoolean = false;
    samples.save(other);

    for (Field field : Sample.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          || field.getType() == EdgeModels.Shelf.class
          || field.getType() == byte[].class) {
        continue; // associations; byte arrays are not comparable in SQL on every database
      }
      field.setAccessible(true);
      Object value = field.get(full);
      assertThat(samples.findAll(Query.where(field.getName()).is(value)))
          .as("samples whose %s is %s", field.getName(), value)
          .extracting(s -> s.id)
          .containsExactly(full.id);
    }
  }

  @OnEachDatabase
  void aBigIntegerKeyIsAnIdAForeignKeyAndAnIncludeKey(TestDatabase db) {
    setUp(db);
    LedgerRepository ledgers = factory.create(LedgerRepository.class);
    EntryRepository entries = factory.create(EntryRepository.class);
    BigInteger large = new BigInteger("98765432109876543210987654321");
    Ledger first = ledger(large, "first");
    Ledger second = ledger(BigInteger.TWO, "second");
    ledgers.saveAll(List.of(first, second));
    first.title = "first, renamed";
    ledgers.save(first);
    Entry credit = entry(BigInteger.TEN);
    Entry debit = entry(large.negate());
    Entry other = entry(BigInteger.ONE);
    entries.saveAll(List.of(credit, debit, other));
    ledgers.addEntries(first, List.of(credit, debit));
    ledgers.association(second, "entries").add(other);

    assertThat(ledgers.count()).as("the second save updated the row").isEqualTo(2);
    assertThat(ledgers.findById(large).orElseThrow().title).isEqualTo("first, renamed");
    assertThat(ledgers.existsById(large)).isTrue();
    List<Ledger> loaded = ledgers.findAll(Query.all().orderBy("number").include("entries"));
    assertThat(loaded).extracting(l -> l.number).containsExactly(BigInteger.TWO, large);
    assertThat(loaded.get(0).entries).extracting(e -> e.amount).containsExactly(BigInteger.ONE);
    assertThat(loaded.get(1).entries)
        .extracting(e -> e.amount)
        .containsExactlyInAnyOrder(BigInteger.TEN, large.negate());
    assertThat(ledgers.findAllById(List.of(large, BigInteger.TWO), "entries"))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l.entries).isNotEmpty());
    assertThat(ledgers.getEntries(first))
        .extracting(e -> e.amount)
        .containsExactlyInAnyOrder(BigInteger.TEN, large.negate());
    assertThat(entries.findAll(Query.all().orderBy("id").include("ledger")))
        .extracting(e -> e.ledger.number)
        .containsExactly(large, large, BigInteger.TWO);
    assertThat(entries.findAll(Query.where("amount").in(List.of(BigInteger.TEN, BigInteger.ONE))))
        .extracting(e -> e.amount)
        .containsExactlyInAnyOrder(BigInteger.TEN, BigInteger.ONE);
  }

  /** A column of one's own holding a fraction is not rounded into a BigInteger. */
  @OnEachDatabase
  void aFractionInABigIntegerColumnIsAnError(TestDatabase db) {
    setUp(db);
    db.jdbc()
        .execute(
            db.kind() == DatabaseKind.MARIADB
                ? "ALTER TABLE entries MODIFY amount DECIMAL(10,2)"
                : "ALTER TABLE entries ALTER COLUMN amount SET DATA TYPE DECIMAL(10,2)");
    db.jdbc().update("INSERT INTO entries (amount) VALUES (1.50)");

    assertThat(catchThrowable(() -> factory.create(EntryRepository.class).findAll()))
        .isInstanceOf(TypeMismatchDataAccessException.class)
        .hasMessage(
            "a BigInteger attribute's column holds 1.50, which is not a whole number; declare the attribute "
                + "as BigDecimal");
  }

  private static Ledger ledger(BigInteger number, String title) {
    Ledger ledger = new Ledger();
    ledger.number = number;
    ledger.title = title;
    return ledger;
  }

  private static Entry entry(BigInteger amount) {
    Entry entry = new Entry();
    entry.amount = amount;
    return entry;
  }
}
