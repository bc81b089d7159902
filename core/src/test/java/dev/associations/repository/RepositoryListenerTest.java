package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.listener.StatementKind;
import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import dev.associations.testsupport.FaqModels.DrivingLicense;
import dev.associations.testsupport.FaqModels.Person;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What a {@link RepositoryListener} hears: one event per statement or batch (as many as the
 * database receives), tagged with the model, association and kind; the rows of each include; every
 * repository call with its outcome.
 */
class RepositoryListenerTest {

  interface People extends AssociationRepository<Person, Long> {
    void addChildren(Person person, List<Person> children);

    DrivingLicense createCurrentDrivingLicense(Person person, DrivingLicense license);

    default long countWithDefault() {
      return count();
    }
  }

  /** Records every event as text. */
  static final class RecordingListener implements RepositoryListener {
    final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    final List<String> includes = Collections.synchronizedList(new ArrayList<>());
    final List<String> invocations = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void statementExecuted(
        ModelMetadata model, Association association, StatementKind kind) {
      statements.add(
          model.name()
              + "/"
              + (association == null ? "-" : association.name())
              + "/"
              + kind.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void includeLoaded(Association association, int rows) {
      includes.add(association.qualifiedName() + "=" + rows);
    }

    @Override
    public void repositoryInvoked(
        Class<?> repository, Method method, long nanos, Throwable failure) {
      assertThat(nanos).isPositive();
      invocations.add(
          repository.getSimpleName()
              + "."
              + method.getName()
              + ":"
              + (failure == null ? "ok" : failure.getClass().getSimpleName()));
    }

    void clear() {
      statements.clear();
      includes.clear();
      invocations.clear();
    }
  }

  private final RecordingListener listener = new RecordingListener();

  private People people(TestDatabase db, RepositoryFixture fixture) {
    return new RepositoryFactory(
            RepositoryFixture.FAQ, fixture.dataSource(), fixture.transactions(), listener)
        .create(People.class);
  }

  @OnEachDatabase
  void writesReportOneEventPerStatementTheDatabaseReceives(TestDatabase db) {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    People people = people(db, fixture);
    Person parent = people.save(person("parent"));
    List<Person> children =
        people.saveAll(IntStream.range(0, 5).mapToObj(i -> person("child" + i)).toList());
    listener.clear();
    fixture.dataSource().reset();

    people.addChildren(parent, children);
    people.createCurrentDrivingLicense(parent, new DrivingLicense());

    assertThat(listener.statements)
        .containsExactly(
            "Person/children/select",
            "Person/children/insert", // existing pairs, then one batch of join rows
            "Person/currentDrivingLicense/insert");
    assertThat(listener.statements).hasSize(fixture.dataSource().statements());
    assertThat(listener.invocations)
        .containsExactly("People.addChildren:ok", "People.createCurrentDrivingLicense:ok");
  }

  @OnEachDatabase
  void includesReportTheirStatementsAndRows(TestDatabase db) {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    People people = people(db, fixture);
    Person parent = people.save(person("parent"));
    List<Person> children = people.saveAll(List.of(person("a"), person("b"), person("c")));
    people.addChildren(parent, children);
    people.createCurrentDrivingLicense(children.get(0), new DrivingLicense());
    listener.clear();
    fixture.dataSource().reset();

    people.findById(parent.id, "children.currentDrivingLicense", "currentDrivingLicense");

    assertThat(listener.statements).containsExactly("Person/-/select", "Person/children/select");
    assertThat(listener.statements).hasSize(fixture.dataSource().statements());
    assertThat(listener.includes)
        .containsExactlyInAnyOrder(
            "Person.currentDrivingLicense=0",
            "Person.children=3",
            "Person.currentDrivingLicense=1");
    assertThat(listener.invocations).containsExactly("People.findById:ok");
  }

  @OnEachDatabase
  void failuresAreReportedWithWhatWasThrown(TestDatabase db) {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    People people = people(db, fixture);

    assertThatThrownBy(() -> people.findAll("nothing"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> people.addChildren(null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(listener.invocations)
        .containsExactly(
            "People.findAll:IllegalArgumentException",
            "People.addChildren:IllegalArgumentException");
    assertThat(listener.statements).isEmpty();
  }

  @OnEachDatabase
  void defaultMethodsAreReportedThroughTheMethodsTheyCall(TestDatabase db) {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    People people = people(db, fixture);

    assertThat(people.countWithDefault()).isZero();

    assertThat(listener.invocations).containsExactly("People.count:ok");
    assertThat(listener.statements).containsExactly("Person/-/select");
  }

  private static Person person(String name) {
    Person person = new Person();
    person.name = name;
    return person;
  }
}
