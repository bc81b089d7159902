package dev.associations.repository;

import static dev.associations.repository.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.repository.RepositoryFixture.PersonRepository;
import dev.associations.repository.RepositoryModels.OrderLineRepository;
import dev.associations.repository.RepositoryModels.OrderRepository;
import dev.associations.repository.RepositoryModels.Publisher;
import dev.associations.repository.RepositoryModels.PublisherRepository;
import dev.associations.testsupport.FaqModels.Person;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Paths through a self-association and a composite foreign key, limits and counts that count roots
 * whatever the paths, and the statements a query with paths and includes costs.
 */
class QueryPathsIntegrationTest {

  private CountingDataSource dataSource;
  private RepositoryFactory faq;
  private RepositoryFactory models;

  private void setUp(TestDatabase db) {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    dataSource = fixture.dataSource();
    faq = fixture.faq();
    models = fixture.models();
  }

  /** ann (1) is the parent of bob (2) and cid (3); bob of dan (4); eve (5) alone. */
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
  }

  private static List<Long> ids(List<Person> people) {
    return people.stream().map(p -> p.id).toList();
  }

  @OnEachDatabase
  void aSelfAssociationInBothDirections(TestDatabase db) {
    setUp(db);
    insertFamily(db);
    PersonRepository people = faq.create(PersonRepository.class);

    assertThat(ids(people.findAll(Query.where("children.name").is("dan").orderBy("id"))))
        .containsExactly(2L);
    assertThat(ids(people.findAll(Query.where("parents.name").is("ann").orderBy("id"))))
        .containsExactly(2L, 3L);
    assertThat(ids(people.findAll(Query.where("children.children.name").is("dan"))))
        .containsExactly(1L);
    assertThat(ids(people.findAll(Query.where("parents.parents.name").is("ann"))))
        .containsExactly(4L);
    assertThat(
            ids(people.findAll(Query.whereHasNone("children").and(Condition.hasNone("parents")))))
        .containsExactly(5L);
    assertThat(
            ids(
                people.findAll(
                    Query.whereHas("children", where("name").in(List.of("cid", "dan")))
                        .orderBy("id"))))
        .containsExactly(1L, 2L);
    assertThat(people.count(Query.whereHas("parents"))).isEqualTo(3);
  }

  /** A HasOne path reads the license a load includes; paging over both counts people. */
  @OnEachDatabase
  void aHasOnePathBesideItsInclude(TestDatabase db) {
    setUp(db);
    insertFamily(db);
    db.jdbc()
        .batchUpdate(
            "INSERT INTO driving_licenses (id, owner_id) VALUES (?, ?)",
            List.of(new Object[] {10, 1}, new Object[] {12, 2}, new Object[] {14, 4}));
    PersonRepository people = faq.create(PersonRepository.class);
    Query licensed =
        Query.where("currentDrivingLicense.id")
            .greaterThan(10L)
            .orderByDescending("currentDrivingLicense.id");

    assertThat(ids(people.findAll(licensed))).containsExactly(4L, 2L);
    assertThat(
            people.findAll(licensed.limit(1).offset(1).include("currentDrivingLicense", "parents")))
        .extracting(p -> p.id + ":" + p.currentDrivingLicense.id + ":" + ids(p.parents))
        .containsExactly("2:12:[1]");
    assertThat(
            ids(
                people.findAll(
                    Query.whereHas("currentDrivingLicense", where("id").lessThan(13L))
                        .orderBy("id"))))
        .containsExactly(1L, 2L);
    assertThat(
            ids(
                people.findAll(
                    Query.where(Condition.not(where("currentDrivingLicense.id").is(10L)))
                        .orderBy("id"))))
        .as("no license: unknown, so not matched")
        .containsExactly(2L, 4L);
    // a to-one include with a condition, paged over its UNIQUE-kept join: values in the page and in
    // the join
    Query named = Query.where("name").in("ann", "bob", "dan").orderBy("id").limit(2);
    assertThat(
            people.findAll(
                named.include(
                    "currentDrivingLicense",
                    l -> l.where(where("id").greaterThan(10L)).optional())))
        .extracting(
            p -> p.id + ":" + (p.currentDrivingLicense == null ? null : p.currentDrivingLicense.id))
        .containsExactly("1:null", "2:12");
    assertThat(
            people.findAll(
                named.include("currentDrivingLicense", l -> l.where(where("id").greaterThan(10L)))))
        .extracting(p -> p.id + ":" + p.currentDrivingLicense.id)
        .containsExactly("2:12", "4:14");
    assertThat(
            people.count(
                named.include("currentDrivingLicense", l -> l.where(where("id").greaterThan(10L)))))
        .isEqualTo(2);
  }

  @OnEachDatabase
  void aCompositeForeignKeyInBothDirections(TestDatabase db) {
    setUp(db);
    db.jdbc()
        .update(
            "INSERT INTO orders (id, version, label) VALUES (1, 1, 'a1'), (1, 2, 'a2'), (2, 1, 'b1')");
    db.jdbc()
        .update(
            "INSERT INTO order_lines (product, order_id, order_version) VALUES "
                + "('pen', 1, 1), ('ink', 1, 1), ('pad', 1, 2), ('pen', 2, 1)");
    OrderRepository orders = models.create(OrderRepository.class);
    OrderLineRepository lines = models.create(OrderLineRepository.class);

    assertThat(orders.findAll(Query.where("lines.product").is("pen").orderBy("label")))
        .extracting(o -> o.label)
        .containsExactly("a1", "b1");
    assertThat(orders.findAll(Query.whereHasNone("lines", where("product").is("pen"))))
        .extracting(o -> o.label)
        .containsExactly("a2");
    assertThat(
            lines.findAll(
                Query.where("order.label")
                    .startsWith("a")
                    .orderBy("order.version")
                    .orderBy("product")))
        .extracting(l -> l.product)
        .containsExactly("ink", "pen", "pad");
    assertThat(lines.count(Query.where("order.version").is(1))).isEqualTo(3);
  }

  /**
   * 5 publishers with 1 to 20 matching magazines each (and one without): a page of a query on a
   * to-many path, with that association included, holds exactly its roots, each with every one of
   * its magazines; the count is the number of roots.
   */
  @OnEachDatabase
  void limitOffsetAndCountCountRoots(TestDatabase db) {
    setUp(db);
    PublisherRepository publishers = models.create(PublisherRepository.class);
    List<Object[]> magazines = new ArrayList<>();
    for (long publisher = 1; publisher <= 6; publisher++) {
      db.jdbc()
          .update("INSERT INTO publishers (id, name) VALUES (?, ?)", publisher, "p" + publisher);
      for (int i = 0; i < (publisher == 6 ? 3 : publisher == 1 ? 1 : (publisher - 1) * 5); i++) {
        magazines.add(new Object[] {(publisher == 6 ? "flop " : "hit ") + i, publisher});
      }
      magazines.add(new Object[] {"other", publisher});
    }
    db.jdbc().batchUpdate("INSERT INTO magazines (title, publisher_id) VALUES (?, ?)", magazines);
    Query hits = Query.where("magazines.title").startsWith("hit");

    dataSource.reset();
    List<Publisher> page =
        publishers.findAll(hits.orderBy("id").limit(2).offset(1).include("magazines"));

    assertThat(dataSource.statements()).isEqualTo(2);
    assertThat(page).extracting(p -> p.name).containsExactly("p2", "p3");
    assertThat(page.get(0).magazines).hasSize(6);
    assertThat(page.get(1).magazines)
        .hasSize(11)
        .extracting(m -> m.title)
        .contains("other", "hit 9");
    assertThat(publishers.count(hits)).isEqualTo(5);
    assertThat(publishers.count(hits.limit(2))).as("a count ignores the page").isEqualTo(5);
    assertThat(publishers.findAll(hits.orderByDescending("id").limit(10).offset(3)))
        .extracting(p -> p.name)
        .containsExactly("p2", "p1");
  }

  /**
   * Two to-many path conditions and two to-many include levels: 1 + 2 statements, for 10 people or
   * 300.
   */
  @OnEachDatabase
  void pathsCostNoStatementAndIncludesTheirUsualOne(TestDatabase db) {
    setUp(db);
    PersonRepository people = faq.create(PersonRepository.class);
    Query query =
        Query.where("children.name")
            .startsWith("p")
            .and("parents.name")
            .isNotNull()
            .include("children.children", "currentDrivingLicense")
            .orderBy("id");
    int before = 0;
    for (int size : new int[] {10, 300}) {
      db.jdbc()
          .batchUpdate(
              "INSERT INTO people (id, name) VALUES (?, ?)",
              LongStream.rangeClosed(before + 1, size)
                  .mapToObj(i -> new Object[] {i, "p" + i})
                  .toList());
      db.jdbc()
          .batchUpdate(
              "INSERT INTO people_children (parent_id, child_id) VALUES (?, ?)",
              LongStream.rangeClosed(before + 1, size - 2)
                  .mapToObj(i -> new Object[] {i, i + 1})
                  .toList());
      before = size;

      dataSource.reset();
      List<Person> found = people.findAll(query);

      assertThat(dataSource.statements()).isEqualTo(3);
      assertThat(found).isNotEmpty().allSatisfy(p -> assertThat(p.children).isNotEmpty());
      assertThat(found.get(0).children.get(0).children).isNotNull();
    }
  }
}
