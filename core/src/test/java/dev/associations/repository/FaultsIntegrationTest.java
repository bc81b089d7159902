package dev.associations.repository;

import static dev.associations.annotation.ReferentialAction.RESTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.RepositoryModels.Publisher;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.FaqModels.Person;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionSystemException;

/**
 * Faults roll back completely: a statement failing in the middle of a multi-statement mixin or a
 * saveAll, and a connection dying mid-transaction, leave every table as it was; foreign key
 * violations surface as {@link DataIntegrityViolationException} naming the constraint.
 */
class FaultsIntegrationTest {

  interface People extends AssociationRepository<Person, Long> {
    void setChildren(Long person, Collection<Long> children);

    void addChild(Long person, Long child);
  }

  interface Publishers extends AssociationRepository<Publisher, Long> {
    void setMagazines(Long publisher, Collection<Long> magazines);
  }

  @Model
  static class Club {
    @PrimaryKey @AutoIncrement Long id;
    String name;
  }

  @Model
  static class Member {
    @PrimaryKey @AutoIncrement Long id;

    @BelongsTo(foreignKey = @ForeignKey(value = "clubId", onDelete = RESTRICT))
    Club club;
  }

  interface Clubs extends AssociationRepository<Club, Long> {}

  interface Members extends AssociationRepository<Member, Long> {
    void setClub(Long member, Long club);
  }

  private static RepositoryFactory factory(
      AssociationRegistry registry, FaultyDataSource dataSource) {
    return new RepositoryFactory(
        registry, dataSource, new DataSourceTransactionManager(dataSource));
  }

  private static List<Map<String, Object>> rows(TestDatabase db, String table) {
    return db.jdbc().queryForList("SELECT * FROM " + table + " ORDER BY 1, 2");
  }

  private static void family(TestDatabase db) {
    for (long id = 1; id <= 5; id++) {
      db.jdbc().update("INSERT INTO people (id, name) VALUES (?, ?)", id, "p" + id);
    }
    db.jdbc().update("INSERT INTO people_children (parent_id, child_id) VALUES (1, 2), (1, 3)");
  }

  @OnEachDatabase
  void belongsToManySetFailingAtItsLastStatementChangesNothing(TestDatabase db) {
    RepositoryFixture.create(db);
    FaultyDataSource faulty = new FaultyDataSource(db.dataSource());
    People people = factory(RepositoryFixture.FAQ, faulty).create(People.class);
    family(db);
    List<Map<String, Object>> before = rows(db, "people_children");

    faulty.failExecution(3, false); // read current links, delete the others, insert the new: fails
    assertThatThrownBy(() -> people.setChildren(1L, List.of(4L, 5L)))
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("injected fault");

    assertThat(rows(db, "people_children")).isEqualTo(before);
  }

  @OnEachDatabase
  void hasManySetFailingAtItsLastStatementChangesNothing(TestDatabase db) {
    RepositoryFixture.create(db);
    FaultyDataSource faulty = new FaultyDataSource(db.dataSource());
    Publishers publishers = factory(RepositoryModels.registry(), faulty).create(Publishers.class);
    db.jdbc().update("INSERT INTO publishers (id, name) VALUES (1, 'p')");
    db.jdbc()
        .update(
            "INSERT INTO magazines (id, title, publisher_id) VALUES (1, 'a', 1), (2, 'b', 1), (3, 'c', NULL),"
                + " (4, 'd', NULL)");
    List<Map<String, Object>> before = rows(db, "magazines");

    faulty.failExecution(3, false); // read current links, unlink the others, link the new: fails
    assertThatThrownBy(() -> publishers.setMagazines(1L, List.of(3L, 4L)))
        .isInstanceOf(DataAccessException.class);

    assertThat(rows(db, "magazines")).isEqualTo(before);
  }

  @OnEachDatabase
  void saveAllFailingAtItsUpdateBatchInsertsNothing(TestDatabase db) {
    RepositoryFixture.create(db);
    FaultyDataSource faulty = new FaultyDataSource(db.dataSource());
    People people = factory(RepositoryFixture.FAQ, faulty).create(People.class);
    family(db);
    List<Map<String, Object>> before = rows(db, "people");
    Person existing = people.findById(2L).orElseThrow();
    existing.name = "renamed";
    Person added = new Person();
    added.name = "new";

    faulty.failExecution(2, false); // the insert batch runs, the update batch fails
    assertThatThrownBy(() -> people.saveAll(List.of(added, existing)))
        .isInstanceOf(DataAccessException.class);

    assertThat(rows(db, "people")).isEqualTo(before);
  }

  @OnEachDatabase
  void aConnectionDyingMidTransactionLeavesNothingBehind(TestDatabase db) {
    RepositoryFixture.create(db);
    FaultyDataSource faulty = new FaultyDataSource(db.dataSource());
    People people = factory(RepositoryFixture.FAQ, faulty).create(People.class);
    family(db);
    List<Map<String, Object>> before = rows(db, "people_children");

    faulty.failExecution(
        3, true); // the delete ran in the transaction; the connection goes before the insert
    Throwable thrown = catchThrowable(() -> people.setChildren(1L, List.of(4L, 5L)));

    // the rollback cannot reach the closed connection either: Spring reports that, with the fault
    // as its application exception; the database rolled back when the connection went
    Throwable fault =
        thrown instanceof TransactionSystemException rollback
            ? rollback.getApplicationException()
            : thrown;
    assertThat(fault)
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("connection lost");

    assertThat(rows(db, "people_children")).isEqualTo(before);
    assertThat(people.findById(1L, "children").orElseThrow().children)
        .hasSize(2); // and the library goes on
  }

  @OnEachDatabase
  void foreignKeyViolationsNameTheirConstraint(TestDatabase db) {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .dialect(db.dialect())
            .addModels(Club.class, Member.class)
            .build();
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    RepositoryFixture.create(db);
    FaultyDataSource dataSource = new FaultyDataSource(db.dataSource());
    Clubs clubs = factory(registry, dataSource).create(Clubs.class);
    Members members = factory(registry, dataSource).create(Members.class);
    People people = factory(RepositoryFixture.FAQ, dataSource).create(People.class);
    db.jdbc().update("INSERT INTO clubs (id, name) VALUES (1, 'c')");
    db.jdbc().update("INSERT INTO members (id, club_id) VALUES (1, 1)");
    family(db);
    String restrict =
        db.stored(registry.association(Member.class, "club").foreignKey().constraintName());
    String child =
        db.stored(
            RepositoryFixture.FAQ
                .association(Person.class, "children")
                .otherKey()
                .constraintName());

    assertThatThrownBy(() -> clubs.deleteById(1L))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining(restrict);
    assertThatThrownBy(() -> members.setClub(1L, 99L))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining(restrict);
    assertThatThrownBy(() -> people.addChild(1L, 99L))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining(child);

    assertThat(rows(db, "clubs")).hasSize(1);
    assertThat(db.jdbc().queryForObject("SELECT club_id FROM members WHERE id = 1", Long.class))
        .isEqualTo(1L);
    assertThat(rows(db, "people_children")).hasSize(2);
  }
}
