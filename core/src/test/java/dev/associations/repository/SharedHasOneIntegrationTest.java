package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.associations.registry.AssociationRegistry;
import dev.associations.registry.ForeignKeyDefaults;
import dev.associations.repository.EdgeModels.DeskRepository;
import dev.associations.repository.EdgeModels.Pin;
import dev.associations.repository.EdgeModels.PinRepository;
import dev.associations.repository.EdgeModels.Post;
import dev.associations.repository.EdgeModels.PostRepository;
import dev.associations.repository.EdgeModels.Visa;
import dev.associations.repository.EdgeModels.VisaRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.FaqModels.DrivingLicense;
import dev.associations.testsupport.FaqModels.Person;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * To-one associations whose keys are not unique. Where the key is unconstrained (declared {@code
 * foreignKeyConstraints = false}, or {@code constraints=false}) each parent gets the target with
 * the lowest primary key, roots never repeat and limits count roots; expected answers are computed
 * in plain Java from the rows. Where the generated schema would make the key unique but the live
 * schema lacks the constraint, a load meeting several targets fails naming the fix.
 */
class SharedHasOneIntegrationTest {

  interface PersonRepository extends AssociationRepository<Person, Long> {
    Optional<DrivingLicense> getCurrentDrivingLicense(Person person);
  }

  private CountingDataSource dataSource;

  private RepositoryFactory factory(TestDatabase db, AssociationRegistry registry) {
    dataSource = new CountingDataSource(db.dataSource());
    return new RepositoryFactory(
        registry, dataSource, new DataSourceTransactionManager(dataSource));
  }

  /**
   * For each parent key, the lowest target key pointing at it, from {@code (target key, parent
   * key)} rows.
   */
  private static Map<Long, Long> lowestTargetByParent(List<long[]> rows) {
    Map<Long, Long> lowest = new HashMap<>();
    rows.forEach(row -> lowest.merge(row[1], row[0], Math::min));
    return lowest;
  }

  private static List<long[]> pairs(TestDatabase db, String sql) {
    return db.jdbc().query(sql, (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
  }

  @OnEachDatabase
  void aHasOneDeclaredWithoutConstraintsGivesTheLowestKeyAndNeverRepeatsRoots(TestDatabase db) {
    new SchemaGenerator(EdgeModels.registry(), db.dialect()).create(db.dataSource());
    RepositoryFactory factory = factory(db, EdgeModels.registry());
    PostRepository posts = factory.create(PostRepository.class);
    PinRepository pins = factory.create(PinRepository.class);
    int size = 30;
    db.jdbc()
        .batchUpdate(
            "INSERT INTO posts (id, title) VALUES (?, ?)",
            LongStream.rangeClosed(1, size).mapToObj(i -> new Object[] {i, "post " + i}).toList());
    List<Object[]> pinRows = new ArrayList<>();
    Random random = new Random(11);
    List<Long> pinIds = new ArrayList<>(LongStream.rangeClosed(1, 3L * size).boxed().toList());
    Collections.shuffle(pinIds, random);
    for (long post = 1; post <= size; post++) {
      int count = (int) (post % 4); // 0 to 3 pins: posts 4, 8... have none
      for (int i = 0; i < count; i++) {
        pinRows.add(new Object[] {pinIds.remove(pinIds.size() - 1), "pin of " + post, post});
      }
    }
    db.jdbc().batchUpdate("INSERT INTO pins (id, note, post_id) VALUES (?, ?, ?)", pinRows);
    Map<Long, Long> expected = lowestTargetByParent(pairs(db, "SELECT id, post_id FROM pins"));
    assertThat(expected.values().stream().distinct().count())
        .as("several posts have several pins")
        .isLessThan(pinRows.size());

    dataSource.reset();
    List<Post> all = posts.findAll(Query.all().orderBy("id").include("pin"));
    assertThat(dataSource.statements()).isEqualTo(1);
    assertThat(all)
        .extracting(p -> p.id)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, size).boxed().toList());
    all.forEach(
        p ->
            assertThat(p.pin == null ? null : p.pin.id)
                .as("pin of post %s", p.id)
                .isEqualTo(expected.get(p.id)));

    assertThat(posts.findAll("pin")).hasSize(size).extracting(p -> p.id).doesNotHaveDuplicates();
    assertThat(posts.findAll(Query.all().orderBy("id").limit(5).include("pin")))
        .extracting(p -> p.id)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(posts.findAll(Query.all().orderByDescending("id").limit(3).offset(2).include("pin")))
        .extracting(p -> p.id)
        .containsExactly(28L, 27L, 26L);
    List<Post> byId = posts.findAllById(List.of(3L, 7L, 8L), "pin");
    assertThat(byId).extracting(p -> p.id).containsExactlyInAnyOrder(3L, 7L, 8L);
    byId.forEach(p -> assertThat(p.pin == null ? null : p.pin.id).isEqualTo(expected.get(p.id)));
    assertThat(posts.findById(3L, "pin").orElseThrow().pin.id).isEqualTo(expected.get(3L));
    Post three = posts.findById(3L).orElseThrow();
    assertThat(posts.getPin(three).map(p -> p.id)).contains(expected.get(3L));
    assertThat(posts.getPin(posts.findById(4L).orElseThrow())).isEmpty();

    // a path or has() reads the same pin: the lowest
    long other = db.jdbc().queryForObject("SELECT MAX(id) FROM pins WHERE post_id = 3", Long.class);
    assertThat(other).isNotEqualTo(expected.get(3L));
    assertThat(posts.findAll(Query.where("pin.id").is(expected.get(3L))))
        .extracting(p -> p.id)
        .containsExactly(3L);
    assertThat(posts.findAll(Query.where("pin.id").is(other))).isEmpty();
    assertThat(posts.findAll(Query.whereHas("pin", Condition.where("id").is(other)))).isEmpty();
    assertThat(posts.count(Query.whereHas("pin"))).isEqualTo(expected.size());

    List<Pin> withPosts = pins.findAll(Query.all().orderBy("id").include("post.pin"));
    assertThat(withPosts)
        .hasSize(pinRows.size())
        .allSatisfy(pin -> assertThat(pin.post.pin.id).isEqualTo(expected.get(pin.post.id)));
  }

  /**
   * With {@code constraints=false} no key is unique: a HasOne below a to-many include takes the
   * lowest key too.
   */
  @OnEachDatabase
  void aHasOneWithConstraintsOffGivesTheLowestKeyBelowAToManyIncludeToo(TestDatabase db) {
    AssociationRegistry unconstrained =
        AssociationRegistry.builder()
            .foreignKeyDefaults(ForeignKeyDefaults.STANDARD.withConstraints(false))
            .addModels(Person.class, DrivingLicense.class)
            .build();
    new SchemaGenerator(unconstrained, db.dialect()).create(db.dataSource());
    Map<Long, Long> expected = insertFamilyWithSharedLicenses(db);
    PersonRepository people = factory(db, unconstrained).create(PersonRepository.class);

    List<Person> all =
        people.findAll(
            Query.all()
                .orderBy("id")
                .include("currentDrivingLicense", "children.currentDrivingLicense"));
    assertThat(dataSource.statements()).isEqualTo(2);
    assertThat(all).extracting(p -> p.id).containsExactly(1L, 2L, 3L, 4L);
    all.forEach(p -> assertThat(licenseId(p)).isEqualTo(expected.get(p.id)));
    assertThat(all.get(0).children).extracting(p -> p.id).containsExactlyInAnyOrder(2L, 3L);
    all.get(0).children.forEach(c -> assertThat(licenseId(c)).isEqualTo(expected.get(c.id)));
    assertThat(all.get(3).children)
        .extracting(p -> p.id + ":" + licenseId(p))
        .containsExactly("2:20");

    assertThat(people.findAll(Query.all().orderBy("id").limit(2).include("currentDrivingLicense")))
        .extracting(p -> p.id + ":" + licenseId(p))
        .containsExactly("1:5", "2:20");
    assertThat(people.findAllById(List.of(1L, 2L), "currentDrivingLicense")).hasSize(2);
    assertThat(people.getCurrentDrivingLicense(all.get(1)).map(l -> l.id)).contains(20L);
  }

  /**
   * The FAQ's HasOne, whose key the generated schema makes unique, on a live schema made without
   * that constraint (by hand, or by migrations): a load that meets several targets for one person
   * fails, naming the association, the person and the fix, rather than repeat the person or pick
   * one.
   */
  @OnEachDatabase
  void aHasOneOnALiveSchemaLackingItsUniqueConstraintFailsWhereItMeetsSeveral(TestDatabase db) {
    new SchemaGenerator(
            AssociationRegistry.builder()
                .foreignKeyDefaults(ForeignKeyDefaults.STANDARD.withConstraints(false))
                .addModels(Person.class, DrivingLicense.class)
                .build(),
            db.dialect())
        .create(db.dataSource());
    insertFamilyWithSharedLicenses(db);
    PersonRepository people = factory(db, RepositoryFixture.FAQ).create(PersonRepository.class);
    String bobs =
        "Person.currentDrivingLicense: several DrivingLicense rows match the Person with [id] = [2], but a "
            + "HasOne has one target: the generated schema makes driving_licenses (owner_id) unique, and the live table "
            + "has no such constraint — add UNIQUE (owner_id) to driving_licenses, or declare the association with "
            + "foreignKeyConstraints = false to load the DrivingLicense with the lowest primary key";

    assertThat(catchThrowable(() -> people.findAll("currentDrivingLicense")))
        .isInstanceOf(IncorrectResultSizeDataAccessException.class)
        .hasMessageContaining("several DrivingLicense");
    assertThat(catchThrowable(() -> people.findById(2L, "currentDrivingLicense")))
        .isInstanceOf(IncorrectResultSizeDataAccessException.class)
        .hasMessage(bobs);
    assertThat(catchThrowable(() -> people.findById(4L, "children.currentDrivingLicense")))
        .isInstanceOf(IncorrectResultSizeDataAccessException.class)
        .hasMessage(bobs);
    assertThat(
            catchThrowable(
                () -> people.getCurrentDrivingLicense(people.findById(2L).orElseThrow())))
        .isInstanceOf(IncorrectResultSizeDataAccessException.class)
        .hasMessage(bobs);

    assertThat(people.findById(3L, "currentDrivingLicense").orElseThrow().currentDrivingLicense.id)
        .isEqualTo(40L);

    // a limit counts people even here: bob's second license is in the same statement, not on the
    // next page
    assertThat(
            catchThrowable(
                () ->
                    people.findAll(
                        Query.all()
                            .orderBy("id")
                            .limit(1)
                            .offset(1)
                            .include("currentDrivingLicense"))))
        .isInstanceOf(IncorrectResultSizeDataAccessException.class)
        .hasMessage(bobs);
    assertThat(
            people.findAll(
                Query.all().orderBy("id").limit(2).offset(2).include("currentDrivingLicense")))
        .extracting(p -> p.id + ":" + licenseId(p))
        .containsExactly("3:40", "4:null");
    assertThat(
            people.findAll(
                Query.all().orderByDescending("id").limit(2).include("currentDrivingLicense")))
        .extracting(p -> p.id + ":" + licenseId(p))
        .containsExactly("4:null", "3:40");
    assertThat(people.findById(4L, "currentDrivingLicense", "children").orElseThrow().children)
        .extracting(p -> p.id)
        .containsExactly(2L);
    assertThat(people.getCurrentDrivingLicense(people.findById(3L).orElseThrow()).map(l -> l.id))
        .contains(40L);
  }

  /**
   * Rows that legitimately name one entity twice are no repetition: one child of two parents, each
   * with its license.
   */
  @OnEachDatabase
  void anEntityReachedTwiceIsNoRepetition(TestDatabase db) {
    new SchemaGenerator(RepositoryFixture.FAQ, db.dialect()).create(db.dataSource());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO people (id, name) VALUES (?, ?)",
            List.of(new Object[] {1, "ann"}, new Object[] {2, "bob"}, new Object[] {3, "cid"}));
    db.jdbc()
        .batchUpdate(
            "INSERT INTO people_children (parent_id, child_id) VALUES (?, ?)",
            List.of(new Object[] {1, 2}, new Object[] {3, 2}));
    db.jdbc().update("INSERT INTO driving_licenses (id, owner_id) VALUES (20, 2)");
    PersonRepository people = factory(db, RepositoryFixture.FAQ).create(PersonRepository.class);

    List<Person> all =
        people.findAll(Query.all().orderBy("id").include("children.currentDrivingLicense"));

    assertThat(all).extracting(p -> p.id).containsExactly(1L, 2L, 3L);
    assertThat(all.get(0).children)
        .extracting(p -> p.id + ":" + licenseId(p))
        .containsExactly("2:20");
    assertThat(all.get(2).children)
        .extracting(p -> p.id + ":" + licenseId(p))
        .containsExactly("2:20");
  }

  /** A BelongsTo referencing a column nothing makes unique takes the target with the lowest key. */
  @OnEachDatabase
  void aBelongsToOnAnUnconstrainedNonPrimaryKeyGivesTheLowestKey(TestDatabase db) {
    new SchemaGenerator(EdgeModels.registry(), db.dialect()).create(db.dataSource());
    db.jdbc()
        .update(
            "INSERT INTO countries (id, code, name) VALUES (7, 'FR', 'France, later'), (3, 'FR', 'France'), "
                + "(5, 'DE', 'Germany')");
    db.jdbc()
        .update(
            "INSERT INTO visas (id, country_code) VALUES (1, 'FR'), (2, 'DE'), (3, 'XX'), (4, 'FR')");
    VisaRepository visas = factory(db, EdgeModels.registry()).create(VisaRepository.class);

    List<Visa> all = visas.findAll(Query.all().orderBy("id").limit(3).include("country"));

    assertThat(all)
        .extracting(v -> v.id + ":" + (v.country == null ? null : v.country.id))
        .containsExactly("1:3", "2:5", "3:null");
    assertThat(visas.getCountry(all.get(0)).map(c -> c.name)).contains("France");
  }

  /** A HasOne to a composite primary key takes the lowest key, compared column by column. */
  @OnEachDatabase
  void theLowestCompositeKeyIsComparedColumnByColumn(TestDatabase db) {
    new SchemaGenerator(EdgeModels.registry(), db.dialect()).create(db.dataSource());
    db.jdbc().update("INSERT INTO desks (id) VALUES (1), (2), (3)");
    db.jdbc()
        .update(
            "INSERT INTO seats (aisle, number, desk_id) VALUES ('B', 1, 1), ('A', 9, 1), ('A', 10, 1), "
                + "('C', 2, 2), ('C', 1, 2)");
    DeskRepository desks = factory(db, EdgeModels.registry()).create(DeskRepository.class);

    assertThat(desks.findAll(Query.all().orderBy("id").include("seat")))
        .extracting(d -> d.id + ":" + (d.seat == null ? null : d.seat.aisle + d.seat.number))
        .containsExactly("1:A9", "2:C1", "3:null");
    assertThat(desks.getSeat(desks.findById(1L).orElseThrow()).map(s -> s.aisle + s.number))
        .contains("A9");
  }

  /**
   * ann (1) has licenses 10 and 5, bob (2) 30, 20 and 25, cid (3) 40, dan (4) none; bob is a child
   * of ann and dan.
   */
  private static Map<Long, Long> insertFamilyWithSharedLicenses(TestDatabase db) {
    db.jdbc()
        .batchUpdate(
            "INSERT INTO people (id, name) VALUES (?, ?)",
            List.of(
                new Object[] {1, "ann"},
                new Object[] {2, "bob"},
                new Object[] {3, "cid"},
                new Object[] {4, "dan"}));
    db.jdbc()
        .batchUpdate(
            "INSERT INTO people_children (parent_id, child_id) VALUES (?, ?)",
            List.of(new Object[] {1, 2}, new Object[] {1, 3}, new Object[] {4, 2}));
    db.jdbc()
        .batchUpdate(
            "INSERT INTO driving_licenses (id, owner_id) VALUES (?, ?)",
            List.of(
                new Object[] {30, 2},
                new Object[] {20, 2},
                new Object[] {25, 2},
                new Object[] {40, 3},
                new Object[] {10, 1},
                new Object[] {5, 1}));
    return lowestTargetByParent(pairs(db, "SELECT id, owner_id FROM driving_licenses"));
  }

  private static Long licenseId(Person person) {
    return person.currentDrivingLicense == null ? null : person.currentDrivingLicense.id;
  }
}
