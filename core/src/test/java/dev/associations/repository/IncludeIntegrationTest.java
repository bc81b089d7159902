package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.repository.RepositoryFixture.PersonRepository;
import dev.associations.repository.RepositoryModels.Magazine;
import dev.associations.repository.RepositoryModels.MagazineRepository;
import dev.associations.repository.RepositoryModels.Order;
import dev.associations.repository.RepositoryModels.OrderId;
import dev.associations.repository.RepositoryModels.OrderLine;
import dev.associations.repository.RepositoryModels.OrderLineRepository;
import dev.associations.repository.RepositoryModels.OrderRepository;
import dev.associations.repository.RepositoryModels.Publisher;
import dev.associations.repository.RepositoryModels.PublisherRepository;
import dev.associations.testsupport.FaqModels.DrivingLicense;
import dev.associations.testsupport.FaqModels.Person;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Loading with includes on real databases: fields filled, statements counted. */
class IncludeIntegrationTest {

  interface DrivingLicenseRepository extends AssociationRepository<DrivingLicense, Long> {}

  private CountingDataSource dataSource;
  private RepositoryFactory faq;
  private RepositoryFactory models;

  private void setUp(TestDatabase db) {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    dataSource = fixture.dataSource();
    faq = fixture.faq();
    models = fixture.models();
  }

  /** ann (license 10) has children bob and cid (license 11); bob has dan; eve stands alone. */
  private static void insertFamily(TestDatabase db) {
    db.jdbc()
        .batchUpdate(
            "INSERT INTO people (id, name) VALUES (?, ?)",
            List.of(
                new Object[] {1, "ann"},
                new Object[] {2, "bob"},
                new Object[] {3, "cid"},
                new Object[] {4, "dan"},
                new Object[] {5, "eve"}));
    db.jdbc()
        .batchUpdate(
            "INSERT INTO people_children (parent_id, child_id) VALUES (?, ?)",
            List.of(new Object[] {1, 2}, new Object[] {1, 3}, new Object[] {2, 4}));
    db.jdbc()
        .batchUpdate(
            "INSERT INTO driving_licenses (id, owner_id) VALUES (?, ?)",
            List.of(new Object[] {10, 1}, new Object[] {11, 3}));
  }

  /** A field of a FAQ model, which this package cannot read directly. */
  private static Object get(Object entity, String name) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(entity);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Person> people(Object entity, String name) {
    return (List<Person>) get(entity, name);
  }

  private static List<String> names(List<Person> people) {
    return people.stream().map(p -> (String) get(p, "name")).toList();
  }

  private static Long licenseId(Person person) {
    Object license = get(person, "currentDrivingLicense");
    return license == null ? null : (Long) get(license, "id");
  }

  private static Person byName(List<Person> people, String name) {
    return people.stream().filter(p -> name.equals(get(p, "name"))).findFirst().orElseThrow();
  }

  @OnEachDatabase
  void hasOneAndBelongsToManyBothDirections(TestDatabase db) {
    setUp(db);
    insertFamily(db);
    PersonRepository people = faq.create(PersonRepository.class);

    Person ann = people.findById(1L, "currentDrivingLicense", "children", "parents").orElseThrow();
    assertThat(licenseId(ann)).isEqualTo(10L);
    assertThat(names(people(ann, "children"))).containsExactlyInAnyOrder("bob", "cid");
    assertThat(names(people(ann, "parents"))).isEmpty();

    Person dan =
        people.findById(4L, "parents.currentDrivingLicense", "currentDrivingLicense").orElseThrow();
    assertThat(licenseId(dan)).isNull();
    List<Person> parents = people(dan, "parents");
    assertThat(names(parents)).containsExactly("bob");
    assertThat(licenseId(parents.get(0))).isNull();
    assertThat(get(parents.get(0), "children")).isNull();

    List<Person> plain = people.findAll();
    assertThat(plain).hasSize(5).allSatisfy(p -> assertThat(get(p, "children")).isNull());
  }

  @OnEachDatabase
  void nestedIncludesBelowToManyAndSelfAssociations(TestDatabase db) {
    setUp(db);
    insertFamily(db);
    PersonRepository people = faq.create(PersonRepository.class);

    List<Person> all =
        people.findAll(
            Query.all()
                .orderBy("id")
                .include("children.currentDrivingLicense", "children.children"));

    assertThat(names(all)).containsExactly("ann", "bob", "cid", "dan", "eve");
    List<Person> annsChildren = people(all.get(0), "children");
    assertThat(names(annsChildren)).containsExactlyInAnyOrder("bob", "cid");
    assertThat(licenseId(byName(annsChildren, "bob"))).isNull();
    assertThat(names(people(byName(annsChildren, "bob"), "children"))).containsExactly("dan");
    assertThat(licenseId(byName(annsChildren, "cid"))).isEqualTo(11L);
    assertThat(names(people(byName(annsChildren, "cid"), "children"))).isEmpty();
    assertThat(names(people(all.get(4), "children"))).isEmpty();
    assertThat(get(all.get(0), "currentDrivingLicense")).isNull();
  }

  @OnEachDatabase
  void belongsToJoinsTheOwnerAndLoadsBelowIt(TestDatabase db) {
    setUp(db);
    insertFamily(db);
    DrivingLicenseRepository licenses = faq.create(DrivingLicenseRepository.class);

    List<DrivingLicense> all =
        licenses.findAll(Query.all().orderBy("id").include("owner", "owner.children"));

    assertThat(all).extracting(l -> get(l, "id")).containsExactly(10L, 11L);
    Person ann = (Person) get(all.get(0), "owner");
    assertThat(get(ann, "name").toString()).isEqualTo("ann");
    assertThat(names(people(ann, "children"))).containsExactlyInAnyOrder("bob", "cid");
    Person cid = (Person) get(all.get(1), "owner");
    assertThat(get(cid, "name").toString()).isEqualTo("cid");
    assertThat(names(people(cid, "children"))).isEmpty();

    Object eleven =
        licenses.findAllById(List.of(11L, 99L), "owner.parents.currentDrivingLicense").get(0);
    List<Person> cidsParents = people(get(eleven, "owner"), "parents");
    assertThat(names(cidsParents)).containsExactly("ann");
    assertThat(licenseId(cidsParents.get(0))).isEqualTo(10L);
  }

  @OnEachDatabase
  void hasManyAndItsBelongsToWithAnUndeclaredForeignKey(TestDatabase db) {
    setUp(db);
    PublisherRepository publishers = models.create(PublisherRepository.class);
    Publisher ann = publishers.save(new Publisher("ann"));
    Publisher bob = publishers.save(new Publisher("bob"));
    db.jdbc()
        .update(
            "INSERT INTO magazines (title, publisher_id) VALUES ('odes', ?), ('elegies', ?), ('loose', NULL)",
            ann.id,
            ann.id);

    List<Publisher> read = publishers.findAll(Query.all().orderBy("name").include("magazines"));

    assertThat(read).extracting(p -> p.name).containsExactly("ann", "bob");
    assertThat(read.get(0).magazines)
        .extracting(m -> m.title)
        .containsExactlyInAnyOrder("odes", "elegies");
    assertThat(read.get(1).magazines).isEmpty();
    assertThat(publishers.findById(bob.id, "magazines").orElseThrow().magazines).isEmpty();
    List<Magazine> magazines =
        models
            .create(MagazineRepository.class)
            .findAll(Query.all().orderBy("title").include("publisher.magazines"));
    assertThat(magazines).extracting(m -> m.title).containsExactly("elegies", "loose", "odes");
    assertThat(magazines.get(0).publisher.name).isEqualTo("ann");
    assertThat(magazines.get(0).publisher.magazines)
        .extracting(m -> m.title)
        .containsExactlyInAnyOrder("odes", "elegies");
    assertThat(magazines.get(1).publisher).isNull();
  }

  @OnEachDatabase
  void compositeKeysInBothDirections(TestDatabase db) {
    setUp(db);
    db.jdbc()
        .update(
            "INSERT INTO orders (id, version, label) VALUES (1, 1, 'a1'), (1, 2, 'a2'), (2, 1, 'b1')");
    db.jdbc()
        .update(
            "INSERT INTO order_lines (product, order_id, order_version) VALUES "
                + "('pen', 1, 1), ('ink', 1, 1), ('pad', 1, 2)");
    OrderRepository orders = models.create(OrderRepository.class);

    List<Order> all = orders.findAll(Query.all().orderBy("id").orderBy("version").include("lines"));

    assertThat(all).extracting(o -> o.label).containsExactly("a1", "a2", "b1");
    assertThat(all.get(0).lines).extracting(l -> l.product).containsExactlyInAnyOrder("pen", "ink");
    assertThat(all.get(1).lines).extracting(l -> l.product).containsExactly("pad");
    assertThat(all.get(2).lines).isEmpty();
    assertThat(
            orders
                .findById(new OrderId(1L, 2), "lines.order")
                .orElseThrow()
                .lines
                .get(0)
                .order
                .label)
        .isEqualTo("a2");
    List<OrderLine> lines =
        models
            .create(OrderLineRepository.class)
            .findAll(Query.all().orderBy("product").include("order.lines"));
    assertThat(lines)
        .extracting(l -> l.product + "@" + l.order.label)
        .containsExactly("ink@a1", "pad@a2", "pen@a1");
    assertThat(lines.get(1).order.lines).extracting(l -> l.product).containsExactly("pad");
  }

  @OnEachDatabase
  void limitAndOffsetCountRootsWithAToManyInclude(TestDatabase db) {
    setUp(db);
    insertFamily(db);
    PersonRepository people = faq.create(PersonRepository.class);

    List<Person> page =
        people.findAll(Query.all().orderBy("id").limit(2).offset(0).include("children"));
    assertThat(names(page)).containsExactly("ann", "bob");
    assertThat(names(people(page.get(0), "children"))).containsExactlyInAnyOrder("bob", "cid");

    List<Person> second =
        people.findAll(
            Query.where("name")
                .in(List.of("ann", "bob", "cid"))
                .orderByDescending("id")
                .limit(2)
                .offset(1)
                .include("children", "currentDrivingLicense"));
    assertThat(names(second)).containsExactly("bob", "ann");
    assertThat(names(people(second.get(0), "children"))).containsExactly("dan");
    assertThat(licenseId(second.get(1))).isEqualTo(10L);
  }

  @OnEachDatabase
  void aRepeatedIncludeListReusesItsPlanAndTheCallersArrayStaysTheirs(TestDatabase db) {
    setUp(db);
    insertFamily(db);
    PersonRepository people = faq.create(PersonRepository.class);
    String[] include = {"children"};

    Person first = people.findById(1L, include).orElseThrow();
    include[0] = "parents"; // the kept plan must not follow the caller's array
    Person second = people.findById(1L, "children").orElseThrow();
    Person third = people.findById(2L, include).orElseThrow();

    assertThat(names(people(first, "children"))).containsExactlyInAnyOrder("bob", "cid");
    assertThat(names(people(second, "children"))).containsExactlyInAnyOrder("bob", "cid");
    assertThat(get(third, "children")).isNull();
    assertThat(names(people(third, "parents"))).containsExactly("ann");
  }

  @OnEachDatabase
  void unknownPathsAndAssociationsWithoutFieldAreNamed(TestDatabase db) {
    setUp(db);
    PersonRepository people = faq.create(PersonRepository.class);
    PublisherRepository publishers = models.create(PublisherRepository.class);

    assertThatThrownBy(() -> people.findAll("kids"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot include 'kids': Person has no association 'kids'; its associations are "
                + "[currentDrivingLicense, children, parents]");
    assertThatThrownBy(() -> people.findAll(Query.all().include("children.kids")))
        .hasMessageContaining("cannot include 'children.kids': Person has no association 'kids'");
    assertThatThrownBy(() -> people.findById(1L, "currentDrivingLicense.owners"))
        .hasMessageContaining(
            "DrivingLicense has no association 'owners'; its associations are [owner]");
    assertThatThrownBy(() -> publishers.findAll("notes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot include Publisher.notes: Publisher has no field for it; declare a field named 'notes' to receive it");
    assertThat(dataSource.statements()).isZero();
  }

  @OnEachDatabase
  void statementCountDependsOnThePlanNotOnTheRows(TestDatabase db) {
    setUp(db);
    int size = 1000;
    db.jdbc()
        .batchUpdate(
            "INSERT INTO people (id, name) VALUES (?, ?)",
            LongStream.rangeClosed(1, size).mapToObj(i -> new Object[] {i, "p" + i}).toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO people_children (parent_id, child_id) VALUES (?, ?)",
            LongStream.rangeClosed(1, size)
                .boxed()
                .flatMap(
                    i ->
                        LongStream.of(1, 2).mapToObj(d -> new Object[] {i, (i + d - 1) % size + 1}))
                .toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO driving_licenses (id, owner_id) VALUES (?, ?)",
            LongStream.rangeClosed(1, size)
                .filter(i -> i % 2 == 0)
                .mapToObj(i -> new Object[] {i + 10_000, i})
                .toList());
    PersonRepository people = faq.create(PersonRepository.class);

    dataSource.reset();
    List<Person> all = people.findAll("currentDrivingLicense", "children.currentDrivingLicense");
    assertThat(dataSource.statements()).isEqualTo(2);
    assertThat(all).hasSize(size);
    Person p7 = byName(all, "p7");
    assertThat(licenseId(p7)).isNull();
    assertThat(people(p7, "children")).hasSize(2);
    assertThat(people(p7, "children").stream().map(IncludeIntegrationTest::licenseId))
        .containsExactlyInAnyOrder(10_008L, null);
    assertThat(licenseId(byName(all, "p1000"))).isEqualTo(11_000L);
    assertThat(names(people(byName(all, "p1000"), "children")))
        .containsExactlyInAnyOrder("p1", "p2");

    dataSource.reset();
    all =
        people.findAll(
            "currentDrivingLicense", "children.currentDrivingLicense", "children.children");
    assertThat(dataSource.statements()).isEqualTo(3);
    List<Person> grandchildren =
        people(byName(people(byName(all, "p7"), "children"), "p8"), "children");
    assertThat(names(grandchildren)).containsExactlyInAnyOrder("p9", "p10");

    List<Long> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> (long) i).toList();
    dataSource.reset();
    assertThat(people.findAllById(ten, "currentDrivingLicense", "children.currentDrivingLicense"))
        .hasSize(10);
    assertThat(dataSource.statements()).isEqualTo(2);
    dataSource.reset();
    List<Person> first =
        people.findAll(
            Query.all()
                .orderBy("id")
                .limit(10)
                .include(
                    "currentDrivingLicense",
                    "children.currentDrivingLicense",
                    "children.children"));
    assertThat(dataSource.statements()).isEqualTo(3);
    assertThat(names(first))
        .containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10");
    assertThat(names(people(byName(people(first.get(0), "children"), "p3"), "children")))
        .containsExactlyInAnyOrder("p4", "p5");
  }
}
