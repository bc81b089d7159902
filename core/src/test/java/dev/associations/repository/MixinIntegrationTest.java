package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.repository.RepositoryModels.Magazine;
import dev.associations.repository.RepositoryModels.Order;
import dev.associations.repository.RepositoryModels.OrderId;
import dev.associations.repository.RepositoryModels.OrderLine;
import dev.associations.repository.RepositoryModels.Publisher;
import dev.associations.testsupport.FaqModels.DrivingLicense;
import dev.associations.testsupport.FaqModels.Person;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every mixin of every association type on real databases: semantics, statements and rollback. */
class MixinIntegrationTest {

  interface PersonMixins extends AssociationRepository<Person, Long> {
    Optional<DrivingLicense> getCurrentDrivingLicense(Person person);

    void setCurrentDrivingLicense(Person person, DrivingLicense license);

    void setCurrentDrivingLicense(Long person, Long license);

    DrivingLicense createCurrentDrivingLicense(Person person, DrivingLicense license);

    List<Person> getChildren(Person person);

    List<Person> getParents(Long person);

    void setChildren(Person person, Collection<?> children);

    long countChildren(Person person);

    void addChild(Person person, Person child);

    void addChild(Long person, Long child);

    void addChildren(Person person, Collection<Person> children);

    void addChildren(Long person, List<Long> children);

    boolean hasChild(Person person, Long child);

    boolean hasChildren(Person person, Collection<?> children);

    void removeChild(Person person, Person child);

    void removeChildren(Long person, Collection<Long> children);

    Person createChild(Person person, Person child);
  }

  interface DrivingLicenseMixins extends AssociationRepository<DrivingLicense, Long> {
    Person getOwner(DrivingLicense license);

    void setOwner(DrivingLicense license, Person owner);

    void setOwner(Long license, Long owner);

    Person createOwner(DrivingLicense license, Person owner);
  }

  interface PublisherMixins extends AssociationRepository<Publisher, Long> {
    List<Magazine> getMagazines(Publisher publisher);

    void setMagazines(Publisher publisher, Collection<?> magazines);

    void addMagazine(Publisher publisher, Magazine magazine);

    void addMagazines(Long publisher, Collection<Long> magazines);

    void removeMagazine(Publisher publisher, Long magazine);

    void removeMagazines(Publisher publisher, Collection<Magazine> magazines);

    boolean hasMagazine(Long publisher, Long magazine);

    boolean hasMagazines(Publisher publisher, Collection<Long> magazines);

    int countMagazines(Publisher publisher);

    Magazine createMagazine(Publisher publisher, Magazine magazine);
  }

  interface MagazineMixins extends AssociationRepository<Magazine, Long> {
    Optional<Publisher> getPublisher(Magazine magazine);

    void setPublisher(Long magazine, Long publisher);

    Publisher createPublisher(Magazine magazine, Publisher publisher);
  }

  interface OrderMixins extends AssociationRepository<Order, OrderId> {
    List<OrderLine> getLines(OrderId order);

    void addLines(Order order, Collection<Long> lines);

    boolean hasLines(OrderId order, Collection<Long> lines);

    void setLines(OrderId order, Collection<?> lines);

    long countLines(Order order);

    OrderLine createLine(OrderId order, OrderLine line);
  }

  interface OrderLineMixins extends AssociationRepository<OrderLine, Long> {
    Optional<Order> getOrder(Long line);

    void setOrder(Long line, OrderId order);
  }

  private static final List<String> TABLES =
      List.of("people", "people_children", "driving_licenses", "publishers", "magazines");

  private RepositoryFixture fixture;
  private CountingDataSource dataSource;
  private DataSourceTransactionManager transactions;
  private PersonMixins people;
  private DrivingLicenseMixins licenses;
  private PublisherMixins publishers;
  private MagazineMixins magazines;

  /**
   * ann (101, license 110) is the parent of cid (103); bob (102) has license 111; dan (104).
   * Publisher 301 has magazines 201 and 202, publisher 302 has 204; magazine 203 has none.
   */
  private void setUp(TestDatabase db) {
    fixture = RepositoryFixture.create(db);
    dataSource = fixture.dataSource();
    transactions = fixture.transactions();
    RepositoryFactory faq = fixture.faq();
    RepositoryFactory models = fixture.models();
    people = faq.create(PersonMixins.class);
    licenses = faq.create(DrivingLicenseMixins.class);
    publishers = models.create(PublisherMixins.class);
    magazines = models.create(MagazineMixins.class);
    db.jdbc()
        .batchUpdate(
            "INSERT INTO people (id, name) VALUES (?, ?)",
            List.of(
                new Object[] {101, "ann"},
                new Object[] {102, "bob"},
                new Object[] {103, "cid"},
                new Object[] {104, "dan"}));
    db.jdbc().update("INSERT INTO people_children (parent_id, child_id) VALUES (101, 103)");
    db.jdbc()
        .batchUpdate(
            "INSERT INTO driving_licenses (id, owner_id) VALUES (?, ?)",
            List.of(new Object[] {110, 101}, new Object[] {111, 102}));
    db.jdbc()
        .batchUpdate(
            "INSERT INTO publishers (id, name) VALUES (?, ?)",
            List.of(new Object[] {301, "p1"}, new Object[] {302, "p2"}));
    db.jdbc()
        .batchUpdate(
            "INSERT INTO magazines (id, title, publisher_id) VALUES (?, ?, ?)",
            List.of(
                new Object[] {201, "m1", 301},
                new Object[] {202, "m2", 301},
                new Object[] {203, "m3", null},
                new Object[] {204, "m4", 302}));
  }

  private static Object get(Object entity, String name) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(entity);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static <E> E with(E entity, String name, Object value) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(entity, value);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Person person(long id) {
    return with(new Person(), "id", id);
  }

  private static Person newPerson(String name) {
    return with(new Person(), "name", name);
  }

  private static Publisher publisher(long id) {
    Publisher publisher = new Publisher();
    publisher.id = id;
    return publisher;
  }

  private static Magazine magazine(long id) {
    Magazine magazine = new Magazine();
    magazine.id = id;
    return magazine;
  }

  private static List<Long> ids(List<?> entities) {
    return entities.stream().map(e -> (Long) get(e, "id")).sorted().toList();
  }

  private static List<Long> longs(TestDatabase db, String sql) {
    return db.jdbc().queryForList(sql, Long.class);
  }

  private static List<String> childPairs(TestDatabase db) {
    return db.jdbc()
        .query(
            "SELECT parent_id, child_id FROM people_children ORDER BY parent_id, child_id",
            (row, n) -> row.getLong(1) + ">" + row.getLong(2));
  }

  private static List<String> magazineLinks(TestDatabase db) {
    return db.jdbc()
        .query(
            "SELECT id, publisher_id FROM magazines ORDER BY id",
            (row, n) -> row.getLong(1) + ":" + row.getObject(2));
  }

  private static List<String> licenseOwners(TestDatabase db) {
    return db.jdbc()
        .query(
            "SELECT id, owner_id FROM driving_licenses ORDER BY id",
            (row, n) -> row.getLong(1) + ":" + row.getLong(2));
  }

  private static Map<String, List<Map<String, Object>>> snapshot(TestDatabase db) {
    return TABLES.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                t -> t, t -> db.jdbc().queryForList("SELECT * FROM " + t + " ORDER BY 1, 2")));
  }

  @OnEachDatabase
  void hasOneGetSetAndCreateDeleteTheFormerRowOfItsNotNullKey(TestDatabase db) {
    setUp(db);
    assertThat(people.getCurrentDrivingLicense(person(101)).map(l -> get(l, "id"))).contains(110L);
    assertThat(people.getCurrentDrivingLicense(person(104))).isEmpty();

    DrivingLicense bobs = with(new DrivingLicense(), "id", 111L);
    people.setCurrentDrivingLicense(person(101), bobs);
    assertThat(licenseOwners(db)).containsExactly("111:101");
    assertThat(get(bobs, "ownerId")).isEqualTo(101L);

    DrivingLicense created = people.createCurrentDrivingLicense(person(104), new DrivingLicense());
    assertThat(get(created, "id")).isNotNull();
    assertThat(get(created, "ownerId")).isEqualTo(104L);
    assertThat(licenseOwners(db)).containsExactlyInAnyOrder("111:101", get(created, "id") + ":104");

    people.setCurrentDrivingLicense(101L, null);
    assertThat(licenseOwners(db)).containsExactly(get(created, "id") + ":104");
  }

  @OnEachDatabase
  void belongsToWritesOnlyTheForeignKey(TestDatabase db) {
    setUp(db);
    DrivingLicense license = with(with(new DrivingLicense(), "id", 110L), "ownerId", 101L);
    assertThat(get(licenses.getOwner(license), "name")).isEqualTo("ann");

    licenses.setOwner(license, person(104));
    assertThat(licenseOwners(db)).containsExactly("110:104", "111:102");
    assertThat(get(license, "ownerId")).isEqualTo(104L);
    licenses.setOwner(111L, 103L);
    assertThat(licenseOwners(db)).containsExactly("110:104", "111:103");

    Person eve = licenses.createOwner(license, newPerson("eve"));
    assertThat(licenseOwners(db)).containsExactly("110:" + get(eve, "id"), "111:103");
    assertThat(longs(db, "SELECT COUNT(*) FROM people")).containsExactly(5L);

    magazines.setPublisher(201L, null);
    assertThat(magazines.getPublisher(magazine(201))).isEmpty();
    magazines.setPublisher(203L, 302L);
    assertThat(magazines.getPublisher(magazine(203)).map(p -> p.name)).contains("p2");
    Publisher created = magazines.createPublisher(magazine(202), new Publisher("p3"));
    assertThat(magazineLinks(db))
        .containsExactly("201:null", "202:" + created.id, "203:302", "204:302");
  }

  @OnEachDatabase
  void hasManyLinksUnlinksByNullingItsNullableKeyCountsAndCreates(TestDatabase db) {
    setUp(db);
    Publisher p1 = publisher(301);
    assertThat(ids(publishers.getMagazines(p1))).containsExactly(201L, 202L);
    assertThat(publishers.countMagazines(p1)).isEqualTo(2);

    publishers.addMagazine(p1, magazine(203));
    publishers.addMagazines(301L, List.of(204L, 201L));
    assertThat(magazineLinks(db)).containsExactly("201:301", "202:301", "203:301", "204:301");
    assertThat(publishers.hasMagazine(301L, 204L)).isTrue();
    assertThat(publishers.hasMagazines(p1, List.of(201L, 202L, 201L))).isTrue();

    publishers.removeMagazine(p1, 203L);
    publishers.removeMagazines(p1, List.of(magazine(204)));
    assertThat(magazineLinks(db)).containsExactly("201:301", "202:301", "203:null", "204:null");
    assertThat(publishers.hasMagazines(p1, List.of(201L, 203L))).isFalse();
    assertThat(publishers.hasMagazine(302L, 201L)).isFalse();

    publishers.setMagazines(p1, List.of(magazine(202), 203L));
    assertThat(magazineLinks(db)).containsExactly("201:null", "202:301", "203:301", "204:null");

    Magazine created = new Magazine();
    created.title = "m5";
    assertThat(publishers.createMagazine(publisher(302), created)).isSameAs(created);
    assertThat(created.id).isNotNull();
    assertThat(ids(publishers.getMagazines(publisher(302)))).containsExactly(created.id);
    assertThat(longs(db, "SELECT COUNT(*) FROM magazines")).containsExactly(5L);
  }

  @OnEachDatabase
  void belongsToManyAddsOnlyMissingPairsRemovesOnlyJoinRowsAndSets(TestDatabase db) {
    setUp(db);
    Person ann = person(101);
    assertThat(ids(people.getChildren(ann))).containsExactly(103L);

    people.addChild(ann, person(102));
    people.addChild(101L, 102L);
    people.addChildren(ann, List.of(person(102), person(103)));
    assertThat(childPairs(db)).containsExactly("101>102", "101>103");
    people.addChildren(102L, List.of(104L, 104L));
    assertThat(childPairs(db)).containsExactly("101>102", "101>103", "102>104");

    assertThat(people.countChildren(ann)).isEqualTo(2);
    assertThat(people.hasChild(ann, 102L)).isTrue();
    assertThat(people.hasChildren(ann, List.of(102L, person(103)))).isTrue();
    assertThat(people.hasChildren(ann, List.of(102L, 104L))).isFalse();
    assertThat(ids(people.getParents(104L))).containsExactly(102L);

    people.removeChild(ann, person(102));
    people.removeChildren(102L, List.of(104L, 103L));
    assertThat(childPairs(db)).containsExactly("101>103");
    assertThat(longs(db, "SELECT COUNT(*) FROM people")).containsExactly(4L);

    people.setChildren(ann, List.of(102L, person(104)));
    assertThat(childPairs(db)).containsExactly("101>102", "101>104");
    Person eve = people.createChild(ann, newPerson("eve"));
    assertThat(childPairs(db))
        .containsExactlyInAnyOrder("101>102", "101>104", "101>" + get(eve, "id"));
    people.setChildren(ann, List.of());
    assertThat(childPairs(db)).isEmpty();
  }

  @OnEachDatabase
  void compositeKeysOnBothSides(TestDatabase db) {
    setUp(db);
    db.jdbc().update("INSERT INTO orders (id, version, label) VALUES (1, 1, 'a1'), (1, 2, 'a2')");
    db.jdbc()
        .update(
            "INSERT INTO order_lines (id, product, order_id, order_version) VALUES "
                + "(501, 'x', 1, 1), (502, 'y', 1, 1), (503, 'z', NULL, NULL)");
    RepositoryFactory models = fixture.models();
    OrderMixins orders = models.create(OrderMixins.class);
    OrderLineMixins lines = models.create(OrderLineMixins.class);
    OrderId first = new OrderId(1L, 1);
    OrderId second = new OrderId(1L, 2);

    assertThat(ids(orders.getLines(first))).containsExactly(501L, 502L);
    Order secondOrder = new Order();
    secondOrder.id = 1L;
    secondOrder.version = 2;
    orders.addLines(secondOrder, List.of(502L, 503L));
    assertThat(orders.hasLines(second, List.of(502L, 503L))).isTrue();
    assertThat(orders.hasLines(first, List.of(501L, 502L))).isFalse();
    orders.setLines(first, List.of(503L));
    assertThat(ids(orders.getLines(first))).containsExactly(503L);
    assertThat(orders.countLines(secondOrder)).isEqualTo(1);
    OrderLine created = new OrderLine();
    created.product = "w";
    orders.createLine(second, created);
    assertThat(ids(orders.getLines(second))).containsExactlyInAnyOrder(502L, created.id);

    lines.setOrder(501L, second);
    assertThat(lines.getOrder(501L).map(o -> o.version)).contains(2);
    lines.setOrder(501L, null);
    assertThat(lines.getOrder(501L)).isEmpty();
  }

  @OnEachDatabase
  void associationByNameOffersTheSameOperations(TestDatabase db) {
    setUp(db);
    AssociationOperations children = people.association(person(101), "children");
    children.add(List.of(102L, 104L));
    children.add(104L);
    assertThat(children.count()).isEqualTo(3);
    assertThat(children.has(List.of(102L, 103L, 104L))).isTrue();
    children.remove(103L);
    assertThat(ids(children.<List<Person>>get())).containsExactly(102L, 104L);
    children.set(List.of(103L));
    assertThat(childPairs(db)).containsExactly("101>103");

    AssociationOperations license = people.association(101L, "currentDrivingLicense");
    assertThat(get(license.<DrivingLicense>get(), "id")).isEqualTo(110L);
    license.set(111L);
    assertThat(licenseOwners(db)).containsExactly("111:101");
    assertThatThrownBy(() -> license.add(110L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "add(Person.currentDrivingLicense): HAS_ONE associations offer only get, set and create");
    assertThatThrownBy(() -> people.association(person(101), "friends"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Person has no association 'friends'; its associations are [currentDrivingLicense, children, parents]");
  }

  @OnEachDatabase
  void badArgumentsFailNamingTheMixinBeforeAnyStatement(TestDatabase db) {
    setUp(db);
    dataSource.reset();
    assertThatThrownBy(
            () -> people.addChildren(person(101), List.of(person(102), newPerson("new"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChildren: children #2 is an unsaved Person: its id is null");
    assertThatThrownBy(() -> people.addChild(null, person(102)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChild: the Person is null");
    assertThatThrownBy(() -> people.addChild(person(101), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("addChild: the child is null");
    assertThatThrownBy(() -> publishers.setMagazines(publisher(301), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("setMagazines: the magazines are null; pass an empty collection for none");
    assertThatThrownBy(() -> publishers.setMagazines(publisher(301), List.of("m1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "setMagazines: the magazine is neither a Magazine nor its id (Long): String m1");
    assertThatThrownBy(() -> people.getChildren(newPerson("new")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("getChildren: the Person is an unsaved Person: its id is null");
    assertThat(dataSource.statements()).isZero();
  }

  @OnEachDatabase
  void aMixinFailingMidwayLeavesEveryTableAsItWas(TestDatabase db) {
    setUp(db);
    Map<String, List<Map<String, Object>>> before = snapshot(db);

    assertThatThrownBy(() -> people.setChildren(person(101), List.of(102L, 999L)))
        .isInstanceOf(DataAccessException.class);
    assertThat(snapshot(db)).isEqualTo(before);
    assertThatThrownBy(() -> people.addChildren(102L, List.of(103L, 104L, 999L)))
        .isInstanceOf(DataAccessException.class);
    assertThat(snapshot(db)).isEqualTo(before);
    assertThatThrownBy(() -> people.setCurrentDrivingLicense(101L, 999L))
        .isInstanceOf(DataAccessException.class);
    assertThat(snapshot(db)).isEqualTo(before);
    assertThatThrownBy(() -> publishers.setMagazines(publisher(301), List.of(203L, 999L)))
        .isInstanceOf(DataAccessException.class);
    assertThat(snapshot(db)).isEqualTo(before);
  }

  @OnEachDatabase
  void aMixinJoinsAnOuterTransaction(TestDatabase db) {
    setUp(db);
    Map<String, List<Map<String, Object>>> before = snapshot(db);
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              people.addChild(101L, 102L);
              publishers.setMagazines(publisher(301), List.of());
              status.setRollbackOnly();
            });
    assertThat(snapshot(db)).isEqualTo(before);
  }

  @OnEachDatabase
  void addingAndSettingAHundredTargetsTakesAConstantNumberOfStatements(TestDatabase db) {
    setUp(db);
    List<Magazine> hundred =
        LongStream.rangeClosed(1001, 1100).mapToObj(MixinIntegrationTest::magazine).toList();
    db.jdbc()
        .batchUpdate(
            "INSERT INTO magazines (id, title) VALUES (?, 'x')",
            hundred.stream().map(m -> new Object[] {m.id}).toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO people (id, name) VALUES (?, 'x')",
            LongStream.rangeClosed(1001, 1200).mapToObj(id -> new Object[] {id}).toList());
    List<Long> ids = hundred.stream().map(m -> m.id).toList();
    List<Long> others = LongStream.rangeClosed(1101, 1200).boxed().toList();

    dataSource.reset();
    publishers.addMagazines(302L, ids);
    assertThat(dataSource.statements()).isEqualTo(1);
    dataSource.reset();
    publishers.setMagazines(publisher(301), hundred);
    assertThat(dataSource.statements()).isEqualTo(3);
    assertThat(publishers.countMagazines(publisher(301))).isEqualTo(100);

    dataSource.reset();
    people.addChildren(101L, ids);
    assertThat(dataSource.statements()).isEqualTo(2);
    dataSource.reset();
    people.setChildren(person(101), others);
    assertThat(dataSource.statements()).isEqualTo(3);
    dataSource.reset();
    assertThat(people.hasChildren(person(101), others)).isTrue();
    assertThat(dataSource.statements()).isEqualTo(1);
    assertThat(people.countChildren(person(101))).isEqualTo(100);
  }
}
