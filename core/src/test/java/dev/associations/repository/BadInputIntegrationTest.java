package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.associations.testsupport.FaqModels.DrivingLicense;
import dev.associations.testsupport.FaqModels.Person;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad runtime input (issue 7): null, unsaved or ill-typed arguments to mixins and CRUD methods,
 * unknown include paths and query attributes, values that look like SQL and values too long for
 * their column. Each fails with a clear exception and leaves every table as it was, which is
 * checked by comparing the full contents of every table before and after each bad call.
 */
class BadInputIntegrationTest {

  interface PersonRepository extends AssociationRepository<Person, Long> {
    Optional<DrivingLicense> getCurrentDrivingLicense(Person person);

    void setCurrentDrivingLicense(Person person, DrivingLicense license);

    void setCurrentDrivingLicense(Long person, Long license);

    DrivingLicense createCurrentDrivingLicense(Person person, DrivingLicense license);

    List<Person> getChildren(Person person);

    long countChildren(Person person);

    void addChild(Person person, Person child);

    void addChild(Long person, Long child);

    void addChildren(Person person, Collection<Person> children);

    void addChildren(Long person, Collection<Long> children);

    void removeChild(Person person, Person child);

    void removeChildren(Person person, Collection<?> children);

    boolean hasChild(Person person, Long child);

    boolean hasChildren(Person person, Collection<?> children);

    void setChildren(Person person, Collection<?> children);

    Person createChild(Person person, Person child);
  }

  interface DrivingLicenseRepository extends AssociationRepository<DrivingLicense, Long> {
    void setOwner(DrivingLicense license, Person owner);

    Person createOwner(DrivingLicense license, Person owner);
  }

  /** Names that look like SQL, or like quoting and escaping, and must be stored verbatim. */
  private static final List<String> SQL_LOOKING =
      List.of(
          "Robert'); DROP TABLE people;--",
          "a\\\"b",
          "/* x */",
          "; DELETE FROM people",
          "' OR '1'='1",
          "\" OR \"\"=\"",
          "1; UPDATE people SET name = 'x' WHERE 1=1; --",
          "`people`",
          "\\'; TRUNCATE people_children; #",
          "''",
          "%",
          "_",
          "?",
          "$1",
          ":name",
          "-- comment",
          "line\nbreak\r\ttab",
          "Ünïcödé 中文 😀",
          "'".repeat(255));

  private static final String PERSON_ASSOCIATIONS = "[currentDrivingLicense, children, parents]";

  private TestDatabase db;
  private PersonRepository people;
  private DrivingLicenseRepository licenses;

  /** ann (101, license 110) is the parent of cid (103); bob (102) has license 111; dan (104). */
  private void setUp(TestDatabase database) {
    db = database;
    RepositoryFixture fixture = RepositoryFixture.create(database);
    people = fixture.faq().create(PersonRepository.class);
    licenses = fixture.faq().create(DrivingLicenseRepository.class);
    JdbcTemplate jdbc = database.jdbc();
    jdbc.batchUpdate(
        "INSERT INTO people (id, name) VALUES (?, ?)",
        List.of(
            new Object[] {101, "ann"},
            new Object[] {102, "bob"},
            new Object[] {103, "cid"},
            new Object[] {104, "dan"}));
    jdbc.update("INSERT INTO people_children (parent_id, child_id) VALUES (101, 103)");
    jdbc.batchUpdate(
        "INSERT INTO driving_licenses (id, owner_id) VALUES (?, ?)",
        List.of(new Object[] {110, 101}, new Object[] {111, 102}));
    jdbc.batchUpdate(
        "INSERT INTO publishers (id, name) VALUES (?, ?)",
        List.of(new Object[] {301, "p1"}, new Object[] {302, "p'2; --"}));
    jdbc.update("INSERT INTO magazines (id, title, publisher_id) VALUES (201, 'm1', 301)");
    assertThat(snapshot())
        .as("tables of the fixture")
        .containsKeys(
            "people",
            "people_children",
            "driving_licenses",
            "authors",
            "books",
            "publishers",
            "magazines",
            "orders",
            "order_lines",
            "editions",
            "notes");
  }

  // ---------------------------------------------------------------------------------------------
  // the snapshot of every table

  /**
   * Every table of the test's schema, by name, with all its rows (all columns), ordered by every
   * column.
   */
  private Map<String, List<List<Object>>> snapshot() {
    JdbcTemplate jdbc = db.jdbc();
    Map<String, Integer> tables =
        jdbc.execute(
            (Connection connection) -> {
              Map<String, Integer> columns = new TreeMap<>();
              DatabaseMetaData metadata = connection.getMetaData();
              try (ResultSet rows =
                  metadata.getTables(
                      connection.getCatalog(),
                      connection.getSchema(),
                      "%",
                      new String[] {"TABLE"})) {
                while (rows.next()) {
                  columns.put(rows.getString("TABLE_NAME"), 0);
                }
              }
              for (String table : columns.keySet()) {
                try (ResultSet rows =
                    metadata.getColumns(
                        connection.getCatalog(), connection.getSchema(), table, "%")) {
                  int count = 0;
                  while (rows.next()) {
                    count++;
                  }
                  columns.put(table, count);
                }
              }
              return columns;
            });
    Map<String, List<List<Object>>> contents = new TreeMap<>();
    tables.forEach(
        (table, columns) -> {
          String order =
              IntStream.rangeClosed(1, columns)
                  .mapToObj(Integer::toString)
                  .collect(Collectors.joining(", "));
          contents.put(
              db.spelled(table),
              jdbc.query("SELECT * FROM " + table + " ORDER BY " + order, (row, n) -> row(row)));
        });
    return contents;
  }

  private static List<Object> row(ResultSet row) throws SQLException {
    List<Object> values = new ArrayList<>();
    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
      Object value = row.getObject(i);
      values.add(value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
    }
    return values;
  }

  /**
   * Runs a bad call, asserts that it threw and that every table is as it was, and returns the
   * exception for further assertions.
   */
  private AbstractThrowableAssert<?, ? extends Throwable> rejects(ThrowingCallable call) {
    Map<String, List<List<Object>>> before = snapshot();
    Throwable thrown = catchThrowable(call);
    assertThat(snapshot())
        .as("every table after the bad call (which threw %s)", String.valueOf(thrown))
        .isEqualTo(before);
    return assertThat(thrown).as("the exception of the bad call").isNotNull();
  }

  /** Runs a call that must not change any table. */
  private <R> R unchanged(java.util.concurrent.Callable<R> call) throws Exception {
    Map<String, List<List<Object>>> before = snapshot();
    R result = call.call();
    assertThat(snapshot()).as("every table after the call").isEqualTo(before);
    return result;
  }

  private static Person person(long id) {
    Person person = new Person();
    person.id = id;
    return person;
  }

  private static Person unsaved(String name) {
    Person person = new Person();
    person.name = name;
    return person;
  }

  private static DrivingLicense license(Long id) {
    DrivingLicense license = new DrivingLicense();
    license.id = id;
    return license;
  }

  @OnEachDatabase
  void theSnapshotSeesEveryChange(TestDatabase database) {
    setUp(database);
    Map<String, List<List<Object>>> before = snapshot();
    assertThat(before.get("people_children")).containsExactly(List.of(101L, 103L));

    database.jdbc().update("UPDATE magazines SET title = 'm1 ' WHERE id = 201");
    assertThat(snapshot()).isNotEqualTo(before);
    database.jdbc().update("UPDATE magazines SET title = 'm1' WHERE id = 201");
    assertThat(snapshot()).isEqualTo(before);
    database.jdbc().update("DELETE FROM people_children");
    assertThat(snapshot()).isNotEqualTo(before);
  }

  // ---------------------------------------------------------------------------------------------
  // mixins

  @OnEachDatabase
  void aNullSourceOrTargetOfAMixinIsNamedAndWritesNothing(TestDatabase database) {
    setUp(database);
    Person ann = person(101);

    rejects(() -> people.addChild((Person) null, person(102)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChild: the Person is null");
    rejects(() -> people.addChild(ann, (Person) null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChild: the child is null");
    rejects(() -> people.addChild((Long) null, 102L))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChild: the Person is null");
    rejects(() -> people.addChild(101L, (Long) null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChild: the child is null");
    rejects(() -> people.addChildren(ann, (Collection<Person>) null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChildren: the children are null; pass an empty collection for none");
    rejects(() -> people.setChildren(ann, null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("setChildren: the children are null; pass an empty collection for none");
    rejects(() -> people.removeChild(null, person(103)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("removeChild: the Person is null");
    rejects(() -> people.removeChild(ann, null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("removeChild: the child is null");
    rejects(() -> people.hasChild(ann, null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("hasChild: the child is null");
    rejects(() -> people.getChildren(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("getChildren: the Person is null");
    rejects(() -> people.countChildren(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("countChildren: the Person is null");
    rejects(() -> people.getCurrentDrivingLicense(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("getCurrentDrivingLicense: the Person is null");
    rejects(() -> people.setCurrentDrivingLicense((Person) null, license(110L)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("setCurrentDrivingLicense: the Person is null");
    rejects(() -> people.createChild(null, unsaved("new")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("createChild: the Person is null");
    rejects(() -> people.createChild(ann, null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("createChild: the child is null");
    rejects(() -> people.createCurrentDrivingLicense(null, new DrivingLicense()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("createCurrentDrivingLicense: the Person is null");
    rejects(() -> licenses.setOwner(null, ann))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("setOwner: the DrivingLicense is null");
    rejects(() -> licenses.createOwner(null, unsaved("new")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("createOwner: the DrivingLicense is null");
    rejects(() -> people.association(null, "children").add(102L))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("add(Person.children): the Person is null");
    rejects(() -> people.association(ann, "children").add(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("add(Person.children): the child is null");
  }

  @OnEachDatabase
  void aCollectionContainingNullIsNamedAndWritesNothing(TestDatabase database) {
    setUp(database);
    Person ann = person(101);

    rejects(() -> people.addChildren(ann, Arrays.asList(person(102), null)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChildren: children #2 is null");
    rejects(() -> people.addChildren(101L, Arrays.asList(null, 102L)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChildren: children #1 is null");
    // set would unlink cid (103) first if it checked the targets late
    rejects(() -> people.setChildren(ann, Arrays.asList(102L, null, 104L)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("setChildren: children #2 is null");
    rejects(() -> people.removeChildren(ann, Arrays.asList(103L, null)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("removeChildren: children #2 is null");
    rejects(() -> people.hasChildren(ann, Arrays.asList(103L, null)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("hasChildren: children #2 is null");
    rejects(() -> people.association(ann, "children").set(Arrays.asList(null, person(102))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("set(Person.children): children #1 is null");
  }

  @OnEachDatabase
  void anUnsavedEntityInAMixinIsNamedAndWritesNothing(TestDatabase database) {
    setUp(database);
    Person ann = person(101);

    rejects(() -> people.addChild(unsaved("eve"), person(102)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChild: the Person is an unsaved Person: its id is null");
    rejects(() -> people.addChild(ann, unsaved("eve")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChild: the child is an unsaved Person: its id is null");
    rejects(() -> people.addChildren(ann, List.of(person(102), unsaved("eve"), person(104))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChildren: children #2 is an unsaved Person: its id is null");
    rejects(() -> people.setChildren(ann, List.of(person(102), unsaved("eve"))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("setChildren: children #2 is an unsaved Person: its id is null");
    rejects(() -> people.removeChild(ann, unsaved("cid")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("removeChild: the child is an unsaved Person: its id is null");
    rejects(() -> people.getChildren(unsaved("eve")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("getChildren: the Person is an unsaved Person: its id is null");
    rejects(() -> people.setCurrentDrivingLicense(ann, license(null)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "setCurrentDrivingLicense: the currentDrivingLicense is an unsaved DrivingLicense: its id is null");
    rejects(() -> people.setCurrentDrivingLicense(unsaved("eve"), license(111L)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("setCurrentDrivingLicense: the Person is an unsaved Person: its id is null");
    rejects(() -> licenses.setOwner(license(110L), unsaved("eve")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("setOwner: the owner is an unsaved Person: its id is null");
    // create inserts the target: an unsaved source must fail before that insert
    rejects(() -> people.createChild(unsaved("eve"), unsaved("new")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("createChild: the Person is an unsaved Person: its id is null");
    rejects(() -> people.createCurrentDrivingLicense(unsaved("eve"), new DrivingLicense()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("createCurrentDrivingLicense: the Person is an unsaved Person: its id is null");
    rejects(() -> licenses.createOwner(license(null), unsaved("new")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("createOwner: the DrivingLicense is an unsaved DrivingLicense: its id is null");
  }

  @OnEachDatabase
  @SuppressWarnings({"unchecked", "rawtypes"})
  void anIdOfTheWrongTypeInAMixinIsNamedAndWritesNothing(TestDatabase database) {
    setUp(database);
    Person ann = person(101);
    Collection rawChildren = List.of("102");

    rejects(() -> people.addChildren(101L, rawChildren))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChildren: the child is neither a Person nor its id (Long): String 102");
    // a fraction is no Long (whole numbers are converted, as for findById: see the test below)
    Collection fractions = List.of(102L, 104.0);
    rejects(() -> people.addChildren(101L, fractions))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChildren: children #2 is neither a Person nor its id (Long): Double 104.0");
    rejects(() -> people.association(101.0, "children").add(102L))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "add(Person.children): the Person is neither a Person nor its id (Long): Double 101.0");
    rejects(() -> people.association(ann, "children").add(102.5f))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "add(Person.children): the child is neither a Person nor its id (Long): Float 102.5");
    // ids that look like SQL
    rejects(() -> people.association("101; DELETE FROM people", "children").set(List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "set(Person.children): the Person is neither a Person nor its id (Long): "
                + "String 101; DELETE FROM people");
    rejects(() -> people.association(ann, "children").remove("103 OR 1=1"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "remove(Person.children): the child is neither a Person nor its id (Long): String 103 OR 1=1");
    rejects(() -> people.association(ann, "currentDrivingLicense").set("110'; --"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "set(Person.currentDrivingLicense): the currentDrivingLicense is neither a DrivingLicense nor its "
                + "id (Long): String 110'; --");
    // an entity of another model is no Person
    rejects(() -> people.association(ann, "children").add(license(110L)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "add(Person.children): the child is neither a Person nor its id (Long): DrivingLicense ");
    rejects(() -> people.association(ann, "children").create(license(null)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "create(Person.children): the new child must be a Person entity, not ");
    rejects(() -> people.association(ann, "friends"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Person has no association 'friends'; its associations are " + PERSON_ASSOCIATIONS);
    rejects(() -> people.association(ann, "currentDrivingLicense").add(110L))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "add(Person.currentDrivingLicense): HAS_ONE associations offer only get, set and create");
  }

  @OnEachDatabase
  @SuppressWarnings({"unchecked", "rawtypes"})
  void wholeNumberIdsInMixinsAreConvertedAsInCrud(TestDatabase database) {
    setUp(database);
    Collection mixed = List.of(102L, 104);

    AssociationRepository raw = people;

    people.addChildren(101L, mixed);
    people.association(101, "children").remove((short) 103);

    assertThat(people.getChildren(person(101)))
        .extracting(p -> p.id)
        .containsExactlyInAnyOrder(102L, 104L);
    assertThat(raw.findById(101)).isPresent();
  }

  @OnEachDatabase
  void aFailingCreateMixinRollsBackItsInsert(TestDatabase database) {
    setUp(database);

    rejects(() -> people.createChild(person(101), unsaved("x".repeat(10_000))))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("too long");
    // the license's owner_id is NOT NULL and UNIQUE: ann (101) already has license 110
    rejects(() -> licenses.createOwner(license(110L), unsaved("y".repeat(256))))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("too long");
  }

  // ---------------------------------------------------------------------------------------------
  // CRUD

  @OnEachDatabase
  void nullAndUnsavedEntitiesAndIdsOfCrudMethodsAreNamed(TestDatabase database) {
    setUp(database);

    rejects(() -> people.findById(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("the id of a Person must not be null");
    rejects(() -> people.existsById(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("the id of a Person must not be null");
    rejects(() -> people.deleteById(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("the id of a Person must not be null");
    rejects(() -> people.findAllById(Arrays.asList(101L, null)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("ids must not contain null");
    rejects(() -> people.save(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("entity");
    rejects(() -> people.saveAll(Arrays.asList(unsaved("eve"), null)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("entities must not contain null");
    rejects(() -> people.delete(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("entity");
    rejects(() -> people.delete(unsaved("ann")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Person.id is null: the entity is unsaved, it has no primary key value");
    // ann comes first: she must not be deleted when the second entity fails
    rejects(() -> people.deleteAll(List.of(person(101), unsaved("bob"))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Person.id is null: the entity is unsaved, it has no primary key value");
    rejects(() -> people.deleteAll(Arrays.asList(person(101), null)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("entities must not contain null");
    // an entity with an id that has no row is not inserted, and takes its batch with it
    Person ghost = person(999);
    ghost.name = "ghost";
    rejects(() -> people.saveAll(List.of(unsaved("eve"), ghost)))
        .isInstanceOf(IncorrectUpdateSemanticsDataAccessException.class)
        .hasMessage(
            "Cannot update Person with [id] = [999]: no such row; to insert it, leave its @AutoIncrement "
                + "key unset (null, or 0 in a primitive field)");
  }

  @OnEachDatabase
  @SuppressWarnings({"unchecked", "rawtypes"})
  void crudMethodsTakeAnIntegerIdForALongKey(TestDatabase database) throws Exception {
    setUp(database);
    AssociationRepository raw = people;

    Optional<Person> ann = unchanged(() -> raw.findById(101));
    assertThat(ann).get().extracting(p -> p.id, p -> p.name).containsExactly(101L, "ann");
    assertThat(unchanged(() -> raw.existsById(102))).isTrue();
    assertThat(unchanged(() -> raw.existsById(105))).isFalse();

    Map<String, List<List<Object>>> before = snapshot();
    raw.deleteById(104);
    Map<String, List<List<Object>>> after = snapshot();
    assertThat(after.get("people"))
        .extracting(row -> ((Number) row.get(0)).longValue())
        .containsExactly(101L, 102L, 103L);
    after.remove("people");
    before.remove("people");
    assertThat(after).isEqualTo(before);
  }

  @OnEachDatabase
  @SuppressWarnings({"unchecked", "rawtypes"})
  void idsOfAnotherTypeAreRejectedBeforeTheDatabaseSeesThem(TestDatabase database) {
    setUp(database);
    AssociationRepository raw = people;

    // MariaDB would convert '102 OR 1=1' to 102: the id never reaches it
    for (Object id :
        List.of("abc", "101", "101 OR 1=1", "101; DELETE FROM people", 101.9, 101.0f)) {
      String message =
          "the id of a Person is a Long, not " + id.getClass().getSimpleName() + " " + id;
      rejects(() -> raw.findById(id))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      rejects(() -> raw.existsById(id))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      rejects(() -> raw.findAllById(List.of(id)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      rejects(() -> raw.findById(id, "children"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      rejects(() -> raw.deleteById(id))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // include paths and queries

  @OnEachDatabase
  void anUnknownIncludePathIsNamedWithTheValidNames(TestDatabase database) {
    setUp(database);
    String valid = "Person has no association '%s'; its associations are " + PERSON_ASSOCIATIONS;

    rejects(() -> people.findAll("friends"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot include 'friends': " + valid, "friends");
    rejects(() -> people.findAll("children.nope"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot include 'children.nope': " + valid, "nope");
    rejects(() -> people.findAll("currentDrivingLicense.owner.friends"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot include 'currentDrivingLicense.owner.friends': " + valid, "friends");
    rejects(() -> people.findAll("currentDrivingLicense.nope"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot include 'currentDrivingLicense.nope': DrivingLicense has no association 'nope'; its "
                + "associations are [owner]");
    rejects(() -> people.findAll("children."))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot include 'children.': " + valid, "");
    rejects(() -> people.findAll(""))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an include path is empty; name associations of Person: " + PERSON_ASSOCIATIONS);
    rejects(() -> people.findAll("children", null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an include path is empty; name associations of Person: " + PERSON_ASSOCIATIONS);
    rejects(() -> people.findAll("children; DROP TABLE people"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot include 'children; DROP TABLE people': " + valid,
            "children; DROP TABLE people");
    rejects(() -> people.findById(101L, "parents", "friends"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot include 'friends': " + valid, "friends");
    rejects(() -> people.findAllById(List.of(101L), "children.nope"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot include 'children.nope': " + valid, "nope");
    rejects(() -> people.findAll(Query.where("name").is("ann").include("friends")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot include 'friends': " + valid, "friends");
    rejects(() -> people.findAll(Query.all().include(new String[] {"children", null})))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("an include path must not be null");
    rejects(() -> people.findAll(Query.all().include("children", null)))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("the options of include 'children' must not be null");
    // the same bad path twice: a cached plan must not let it through the second time
    rejects(() -> people.findAll("friends"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'friends'");
  }

  @OnEachDatabase
  void aQueryOnAnUnknownAttributeIsNamedWithTheValidAttributes(TestDatabase database) {
    setUp(database);
    String people =
        "cannot resolve '%1$s' on Person: Person has no attribute '%1$s'; its attributes are [id, name], "
            + "its associations "
            + PERSON_ASSOCIATIONS;

    rejects(() -> this.people.findAll(Query.where("nope").is("x")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(people, "nope");
    rejects(() -> this.people.findAll(Query.where("name").is("ann").and("age").in(List.of(1, 2))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(people, "age");
    rejects(() -> this.people.findAll(Query.all().orderBy("nope")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(people, "nope");
    rejects(() -> this.people.findAll(Query.all().orderByDescending("name; DROP TABLE people")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(people, "name; DROP TABLE people");
    rejects(() -> this.people.count(Query.where("Name").isNull()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(people, "Name");
    rejects(() -> this.people.findAll(Query.where("id = id OR 1").isNotNull()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(people, "id = id OR 1");
    // columns are not attributes: the query takes Java names
    rejects(() -> licenses.findAll(Query.where("owner_id").is(101L)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot resolve 'owner_id' on DrivingLicense: DrivingLicense has no attribute 'owner_id'; its "
                + "attributes are [id, ownerId], its associations [owner]");
    rejects(() -> this.people.findAll(Query.where("name").is(null)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("is(null) on 'name' never matches in SQL; use isNull()");
    rejects(() -> this.people.findAll(Query.where("name").in(Arrays.asList("ann", null))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the values on 'name' contain null; use isNull() or isNotNull()");
  }

  // ---------------------------------------------------------------------------------------------
  // values that look like SQL, and values too long for their column

  @OnEachDatabase
  void valuesThatLookLikeSqlAreStoredAndFoundVerbatim(TestDatabase database) {
    setUp(database);
    Map<String, List<List<Object>>> before = snapshot();

    List<Person> saved =
        people.saveAll(SQL_LOOKING.stream().map(BadInputIntegrationTest::unsaved).toList());
    Person single = people.save(unsaved("x'); DELETE FROM people_children; --"));

    Map<String, List<List<Object>>> after = snapshot();
    List<List<Object>> added = new ArrayList<>(after.get("people"));
    added.removeAll(before.get("people"));
    assertThat(after.get("people"))
        .as("the former rows of people")
        .containsAll(before.get("people"));
    assertThat(added)
        .extracting(row -> (String) row.get(1))
        .containsExactlyInAnyOrderElementsOf(concat(SQL_LOOKING, single.name));
    after.remove("people");
    before.remove("people");
    assertThat(after).as("every other table").isEqualTo(before);

    for (Person person : concat(saved, single)) {
      assertThat(person.id).isNotNull();
      assertThat(people.findById(person.id)).get().extracting(p -> p.name).isEqualTo(person.name);
      assertThat(people.findAll(Query.where("name").is(person.name)))
          .as("people named %s", person.name)
          .extracting(p -> p.id)
          .containsExactly(person.id);
      assertThat(people.count(Query.where("name").in(List.of(person.name, "nobody")))).isEqualTo(1);
    }
    // a rename to such a value, and a mixin after it, change only that row
    Person bob = people.findById(102L).orElseThrow();
    bob.name = "bob'; UPDATE people SET name = 'pwned'; --";
    people.save(bob);
    assertThat(
            database
                .jdbc()
                .queryForList(
                    "SELECT name FROM people WHERE id IN (101, 102, 103, 104) ORDER BY id",
                    String.class))
        .containsExactly("ann", bob.name, "cid", "dan");
    people.addChild(person(101), saved.get(0));
    assertThat(people.getChildren(person(101)))
        .extracting(p -> p.name)
        .containsExactlyInAnyOrder("cid", SQL_LOOKING.get(0));
  }

  @OnEachDatabase
  void aValueTooLongForItsColumnFailsTheWholeBatch(TestDatabase database) {
    setUp(database);
    String longest = "ü".repeat(255);
    Person fits = people.save(unsaved(longest));
    assertThat(people.findById(fits.id)).get().extracting(p -> p.name).isEqualTo(longest);

    Person first = unsaved("first");
    Person second = unsaved("second");
    rejects(() -> people.saveAll(List.of(first, second, unsaved("x".repeat(10_000)))))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("too long");
    assertThat(first.id).as("the id of an entity whose insert was rolled back").isNull();
    assertThat(second.id).as("the id of an entity whose insert was rolled back").isNull();
    rejects(() -> people.save(unsaved("x".repeat(256))))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("too long");

    // an update too long, after an update that fits, in one call
    Person ann = people.findById(101L).orElseThrow();
    Person bob = people.findById(102L).orElseThrow();
    ann.name = "ann2";
    bob.name = "'; --".repeat(2_000);
    rejects(() -> people.saveAll(List.of(ann, bob)))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("too long");
    // inserts and an update in one call: the inserts are rolled back with the update, and the
    // entities are new again (their generated ids, which name no rows, are cleared)
    Person third = unsaved("third");
    Person fourth = unsaved("fourth");
    rejects(() -> people.saveAll(List.of(third, fourth, bob)))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("too long");
    assertThat(third.id).isNull();
    assertThat(fourth.id).isNull();
    people.saveAll(List.of(third, fourth));
    assertThat(people.findAllById(List.of(third.id, fourth.id)))
        .extracting(p -> p.name)
        .containsExactlyInAnyOrder("third", "fourth");
    // a too-long value in a query only finds nothing
    assertThat(people.findAll(Query.where("name").is("x".repeat(10_000)))).isEmpty();
  }

  @OnEachDatabase
  void queryValuesOfAnotherTypeAreRejectedBeforeTheDatabaseSeesThem(TestDatabase database) {
    setUp(database);

    // MariaDB would read '101 abc' as 101 and find ann
    rejects(() -> people.findAll(Query.where("id").is("101 abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Person.id is a Long: it cannot be compared with String 101 abc");
    rejects(() -> people.count(Query.where("name").is(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Person.name is a String: it cannot be compared with Integer 5");
    rejects(() -> people.findAll(Query.where("id").in(List.of(101L, 101.5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Double 101.5");
    assertThat(people.findAll(Query.where("id").is(101)))
        .extracting(p -> p.name)
        .containsExactly("ann");
  }

  @SafeVarargs
  private static <E> List<E> concat(List<E> list, E... more) {
    List<E> all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return all;
  }
}
