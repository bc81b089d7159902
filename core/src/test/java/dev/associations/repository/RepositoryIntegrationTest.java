package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.repository.RepositoryModels.Author;
import dev.associations.repository.RepositoryModels.AuthorRepository;
import dev.associations.repository.RepositoryModels.Book;
import dev.associations.repository.RepositoryModels.BookRepository;
import dev.associations.repository.RepositoryModels.Edition;
import dev.associations.repository.RepositoryModels.EditionId;
import dev.associations.repository.RepositoryModels.EditionRepository;
import dev.associations.repository.RepositoryModels.Genre;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** CRUD and queries through repository proxies on real databases. */
class RepositoryIntegrationTest {

  private CountingDataSource dataSource;
  private DataSourceTransactionManager transactionManager;
  private RepositoryFactory factory;

  private RepositoryFactory setUp(TestDatabase db) {
    new SchemaGenerator(RepositoryModels.registry(), db.dialect()).create(db.dataSource());
    dataSource = new CountingDataSource(db.dataSource());
    transactionManager = new DataSourceTransactionManager(dataSource);
    factory = new RepositoryFactory(RepositoryModels.registry(), dataSource, transactionManager);
    return factory;
  }

  private static List<String> names(List<Author> authors) {
    return authors.stream().map(a -> a.name).toList();
  }

  @OnEachDatabase
  void saveInsertsReadsBackTheGeneratedIdAndRoundTripsEveryValue(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);
    Author ann = new Author("ann", 41);
    ann.genre = Genre.POETRY;
    ann.active = true;
    ann.uuid = UUID.fromString("0b6e8a9c-7c1e-4c1f-9a0e-1d2c3b4a5f60");
    ann.born = LocalDate.of(1983, 2, 28);
    ann.updatedAt = LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000);
    ann.balance = new BigDecimal("-12.5000");
    ann.seenAt = Instant.parse("2024-05-06T07:08:09.123456Z");

    assertThat(authors.save(ann)).isSameAs(ann);
    Author bob = authors.save(new Author("bob", null));

    assertThat(ann.id).isNotNull();
    assertThat(bob.id).isNotNull().isNotEqualTo(ann.id);
    Author read = authors.findById(ann.id).orElseThrow();
    assertThat(read)
        .usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(ann);
    Author readBob = authors.findById(bob.id).orElseThrow();
    assertThat(readBob.age).isNull();
    assertThat(readBob.genre).isNull();
    assertThat(readBob.active).isFalse();
  }

  @OnEachDatabase
  void saveOfAnEntityWithAnIdUpdatesItsRow(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);
    Author ann = authors.save(new Author("ann", 41));
    authors.save(new Author("bob", 50));

    ann.name = "anne";
    ann.age = null;
    authors.save(ann);

    assertThat(authors.count()).isEqualTo(2);
    Author read = authors.findById(ann.id).orElseThrow();
    assertThat(read.name).isEqualTo("anne");
    assertThat(read.age).isNull();
    assertThat(authors.findAll(Query.where("name").is("bob")).get(0).age).isEqualTo(50);
  }

  @OnEachDatabase
  void saveOfAnIdWithoutRowFailsWithoutInserting(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);
    Author ghost = new Author("ghost", 1);
    ghost.id = 999L;

    assertThatThrownBy(() -> authors.save(ghost))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("Cannot update Author with [id] = [999]");
    assertThat(authors.count()).isZero();
  }

  @OnEachDatabase
  void saveAllInsertsAndUpdatesInBatchesAndReadsBackGeneratedIds(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);
    List<Author> first =
        authors.saveAll(List.of(new Author("a", 1), new Author("b", 2), new Author("c", 3)));

    assertThat(first).extracting(a -> a.id).doesNotContainNull().doesNotHaveDuplicates();
    for (Author author : first) {
      assertThat(authors.findById(author.id).orElseThrow().name).isEqualTo(author.name);
    }

    first.get(1).name = "b2";
    Author d = new Author("d", 4);
    dataSource.reset();
    authors.saveAll(List.of(first.get(1), d));

    assertThat(dataSource.batches()).isEqualTo(2);
    assertThat(d.id).isNotNull();
    assertThat(names(authors.findAll(Query.all().orderBy("age"))))
        .containsExactly("a", "b2", "c", "d");
  }

  @OnEachDatabase
  void saveAllOfAHundredNewRowsIsOneBatch(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);
    List<Author> hundred = IntStream.range(0, 100).mapToObj(i -> new Author("n" + i, i)).toList();
    dataSource.reset();

    authors.saveAll(hundred);

    assertThat(dataSource.batches()).isEqualTo(1);
    assertThat(dataSource.statements()).isEqualTo(1);
    assertThat(authors.count()).isEqualTo(100);
    assertThat(hundred).extracting(a -> a.id).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(authors.findById(hundred.get(42).id).orElseThrow().name).isEqualTo("n42");
  }

  @OnEachDatabase
  void failingSaveAllLeavesTheTableAsItWas(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);
    Author kept = authors.save(new Author("kept", 1));
    kept.name = "changed";

    assertThatThrownBy(
            () -> authors.saveAll(List.of(kept, new Author("x", 2), new Author(null, 3))))
        .isInstanceOf(DataIntegrityViolationException.class);

    assertThat(names(authors.findAll())).containsExactly("kept");
  }

  @OnEachDatabase
  void writesJoinAnOuterTransaction(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);

    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              authors.save(new Author("inside", 1));
              assertThat(authors.count()).isEqualTo(1);
              status.setRollbackOnly();
            });

    assertThat(authors.count()).isZero();
  }

  @OnEachDatabase
  void findsCountsAndDeletes(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);
    List<Author> saved =
        authors.saveAll(
            List.of(
                new Author("a", 1), new Author("b", 2), new Author("c", 3), new Author("d", 4)));

    assertThat(names(authors.findAllById(List.of(saved.get(0).id, saved.get(2).id, 12345L))))
        .containsExactlyInAnyOrder("a", "c");
    assertThat(authors.findAllById(List.of())).isEmpty();
    assertThat(authors.findById(12345L)).isEmpty();
    assertThat(names(authors.findAll())).containsExactlyInAnyOrder("a", "b", "c", "d");
    assertThat(authors.count()).isEqualTo(4);
    assertThat(authors.existsById(saved.get(1).id)).isTrue();
    assertThat(authors.existsById(12345L)).isFalse();

    authors.delete(saved.get(0));
    authors.deleteById(saved.get(1).id);
    authors.deleteById(12345L);
    assertThat(names(authors.findAll())).containsExactlyInAnyOrder("c", "d");

    authors.deleteAll(List.of(saved.get(2), saved.get(3)));
    assertThat(authors.count()).isZero();
  }

  @OnEachDatabase
  void compositeKeysWithARecordId(TestDatabase db) {
    EditionRepository editions = setUp(db).create(EditionRepository.class);
    editions.save(new Edition(978L, 1, "first"));
    editions.saveAll(List.of(new Edition(978L, 2, "second"), new Edition(979L, 1, "other")));

    editions.save(new Edition(978L, 2, "second, revised"));

    assertThat(editions.count()).isEqualTo(3);
    assertThat(editions.findById(new EditionId(978L, 2)).orElseThrow().label)
        .isEqualTo("second, revised");
    assertThat(editions.findById(new EditionId(979L, 2))).isEmpty();
    assertThat(editions.findAllById(List.of(new EditionId(978L, 1), new EditionId(979L, 1))))
        .extracting(e -> e.label)
        .containsExactlyInAnyOrder("first", "other");
    assertThat(editions.existsById(new EditionId(979L, 1))).isTrue();
    assertThat(editions.existsById(new EditionId(1L, 1))).isFalse();

    editions.deleteById(new EditionId(978L, 1));
    editions.delete(new Edition(979L, 1, null));

    assertThat(editions.findAll()).extracting(e -> e.label).containsExactly("second, revised");
  }

  @OnEachDatabase
  void queriesFilterOrderAndPage(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);
    List<Author> all = new ArrayList<>();
    for (String name : List.of("e", "c", "a", "d", "b")) {
      Author author = new Author(name, name.equals("c") ? null : (int) name.charAt(0));
      author.genre = name.compareTo("c") < 0 ? Genre.POETRY : Genre.PROSE;
      all.add(author);
    }
    authors.saveAll(all);

    assertThat(names(authors.findAll(Query.where("name").is("d")))).containsExactly("d");
    assertThat(
            names(authors.findAll(Query.where("name").in(List.of("a", "e", "zz")).orderBy("name"))))
        .containsExactly("a", "e");
    assertThat(authors.findAll(Query.where("name").in(List.of()))).isEmpty();
    assertThat(names(authors.findAll(Query.where("age").isNull()))).containsExactly("c");
    assertThat(
            names(
                authors.findAll(
                    Query.where("genre")
                        .is(Genre.POETRY)
                        .and("age")
                        .isNotNull()
                        .orderByDescending("name"))))
        .containsExactly("b", "a");
    assertThat(names(authors.findAll(Query.all().orderBy("genre").orderByDescending("name"))))
        .containsExactly("b", "a", "e", "d", "c");
    assertThat(names(authors.findAll(Query.all().orderBy("name").limit(2))))
        .containsExactly("a", "b");
    assertThat(names(authors.findAll(Query.all().orderBy("name").limit(2).offset(2))))
        .containsExactly("c", "d");
    assertThat(names(authors.findAll(Query.all().orderBy("name").offset(3))))
        .containsExactly("d", "e");
    assertThat(authors.count(Query.where("genre").is(Genre.PROSE))).isEqualTo(3);
    assertThat(authors.count(Query.where("name").in(List.of()))).isZero();
    assertThat(authors.named("e")).extracting(a -> a.age).containsExactly((int) 'e');
  }

  @OnEachDatabase
  void anUnknownAttributeInAQueryIsNamed(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);

    assertThatThrownBy(() -> authors.findAll(Query.where("nmae").is("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot resolve 'nmae' on Author: Author has no attribute 'nmae'; its attributes are "
                + "[id, name, age, genre, active, uuid, born, updatedAt, balance, seenAt]");
    assertThatThrownBy(() -> authors.count(Query.all().and("age").isNull().orderBy("birthday")))
        .hasMessageContaining("has no attribute 'birthday'");
    assertThatThrownBy(() -> authors.findAll(Query.all().orderBy("birthday")))
        .hasMessageContaining("has no attribute 'birthday'");
  }

  @OnEachDatabase
  void valuesThatLookLikeSqlAreStoredVerbatim(TestDatabase db) {
    AuthorRepository authors = setUp(db).create(AuthorRepository.class);
    List<String> tricky =
        List.of(
            "O'Brien",
            "x'; DROP TABLE authors; --",
            "a -- b /* c */",
            "back\\slash\\'",
            "\"quoted\" `ticks`",
            "?");
    authors.saveAll(tricky.stream().map(t -> new Author(t, 1)).toList());

    assertThat(names(authors.findAll())).containsExactlyInAnyOrderElementsOf(tricky);
    for (String value : tricky) {
      assertThat(names(authors.findAll(Query.where("name").is(value)))).containsExactly(value);
    }
    assertThat(authors.count(Query.where("name").in(tricky))).isEqualTo(tricky.size());
  }

  @OnEachDatabase
  void aForeignKeyTheModelDoesNotDeclareSurvivesUpdatesAndCanBeQueried(TestDatabase db) {
    RepositoryFactory factory = setUp(db);
    Author ann = factory.create(AuthorRepository.class).save(new Author("ann", 1));
    BookRepository books = factory.create(BookRepository.class);
    Book book = new Book();
    book.title = "poems";
    books.save(book);
    db.jdbc().update("UPDATE books SET author_id = ?", ann.id);

    book.title = "more poems";
    books.save(book);

    assertThat(db.jdbc().queryForObject("SELECT author_id FROM books", Long.class))
        .isEqualTo(ann.id);
    assertThat(books.findAll(Query.where("authorId").is(ann.id)))
        .extracting(b -> b.title)
        .containsExactly("more poems");
  }

  @OnEachDatabase
  void proxiesHaveIdentityAndAReadableName(TestDatabase db) {
    RepositoryFactory factory = setUp(db);
    AuthorRepository one = factory.create(AuthorRepository.class);
    AuthorRepository two = factory.create(AuthorRepository.class);

    assertThat(one).isEqualTo(one).isNotEqualTo(two);
    assertThat(one.hashCode()).isEqualTo(one.hashCode());
    assertThat(one.toString()).startsWith("AuthorRepository<Author, Long>@");
  }
}
