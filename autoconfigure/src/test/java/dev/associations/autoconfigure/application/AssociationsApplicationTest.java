package dev.associations.autoconfigure.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.annotation.ReferentialAction;
import dev.associations.autoconfigure.endpoint.AssociationsEndpoint;
import dev.associations.autoconfigure.endpoint.AssociationsEndpoint.AssociationDescriptor;
import dev.associations.autoconfigure.endpoint.AssociationsEndpoint.ModelDescriptor;
import dev.associations.autoconfigure.metrics.AssociationRegistryMetrics;
import dev.associations.autoconfigure.metrics.MicrometerRepositoryListener;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaValidator;
import dev.associations.testsupport.DatabaseKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A Spring Boot application built from the starter's auto-configuration alone, on a real database
 * per subclass: repositories injected, includes and mixins on real rows, foreign key defaults from
 * properties in the live constraints, the meters and the actuator endpoint.
 */
@SpringBootTest(
    properties = {
      "associations.schema.mode=create",
      "associations.foreign-keys.on-delete-when-nullable=cascade",
      "management.endpoints.web.exposure.include=associations"
    })
@DirtiesContext
abstract class AssociationsApplicationTest {

  @Autowired PersonRepository people;

  @Autowired NoteRepository notes;

  @Autowired MeterRegistry meters;

  @Autowired AssociationsEndpoint endpoint;

  @Autowired AssociationRegistry registry;

  @Autowired DataSource dataSource;

  /** The database the subclass runs on. */
  abstract DatabaseKind kind();

  @BeforeEach
  void startEmpty() {
    people.deleteAll(people.findAll()); // licenses, join rows and notes follow by ON DELETE CASCADE
  }

  @Test
  void runsOnTheIntendedDatabaseWithTheSchemaItCreated() {
    assertThat(registry.dialect()).contains(kind().dialect());
    assertThat(new SchemaValidator(registry).validate(dataSource)).isEmpty();
  }

  @Test
  void injectedRepositoryLoadsATwoLevelIncludeWithOneStatementPerLevel() {
    Person parent = people.save(Person.named("parent"));
    List<Person> children =
        people.saveAll(List.of(Person.named("a"), Person.named("b"), Person.named("c")));
    people.addChildren(parent, children);
    children.forEach(
        child ->
            people.createCurrentDrivingLicense(child, DrivingLicense.numbered("L-" + child.name)));
    double statements = statements();
    double childRows =
        meters
            .get(MicrometerRepositoryListener.INCLUDE_ROWS)
            .tags("model", "Person", "association", "children")
            .summary()
            .totalAmount();

    Person loaded = people.findById(parent.id, "children.currentDrivingLicense").orElseThrow();

    assertThat(loaded.children)
        .extracting(child -> child.name)
        .containsExactlyInAnyOrder("a", "b", "c");
    assertThat(loaded.children)
        .allSatisfy(
            child -> assertThat(child.currentDrivingLicense.number).isEqualTo("L-" + child.name));
    assertThat(statements() - statements)
        .isEqualTo(2); // the parent; the children with their licenses joined
    assertThat(
            meters
                    .get(MicrometerRepositoryListener.INCLUDE_ROWS)
                    .tags("model", "Person", "association", "children")
                    .summary()
                    .totalAmount()
                - childRows)
        .isEqualTo(3);
  }

  @Test
  void mixinsWriteLinksAndAreTimed() {
    Person parent = people.save(Person.named("parent"));
    Person first = people.save(Person.named("first"));
    Person second = people.save(Person.named("second"));
    double calls = invocations("addChildren");
    double inserts = queries("children", "insert");

    people.addChildren(parent, List.of(first, second));
    people.removeChild(parent, first);

    assertThat(people.countChildren(parent)).isEqualTo(1);
    assertThat(people.findById(parent.id, "children").orElseThrow().children)
        .extracting(child -> child.name)
        .containsExactly("second");
    assertThat(invocations("addChildren") - calls).isEqualTo(1);
    assertThat(queries("children", "insert") - inserts)
        .isEqualTo(1); // one batch for both join rows
  }

  @Test
  void foreignKeyDefaultsFromPropertiesAreTheLiveConstraints() {
    Person author = people.save(Person.named("author"));
    Note note = new Note();
    note.text = "remember";
    people.createNote(author, note);
    assertThat(notes.count()).isEqualTo(1);

    people.deleteById(author.id);

    // Note.authorId is nullable: SET NULL by default, CASCADE per
    // associations.foreign-keys.on-delete-when-nullable
    assertThat(notes.count()).isZero();
  }

  @Test
  void failedCallsAreTimedWithTheirException() {
    long failures =
        meters
            .find(MicrometerRepositoryListener.INVOCATIONS)
            .tags(
                "repository",
                "PersonRepository",
                "method",
                "findAll",
                "outcome",
                "ERROR",
                "exception",
                "IllegalArgumentException")
            .timers()
            .stream()
            .mapToLong(timer -> timer.count())
            .sum();

    assertThatThrownBy(() -> people.findAll("friends"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("friends");

    assertThat(
            meters
                .get(MicrometerRepositoryListener.INVOCATIONS)
                .tags(
                    "repository",
                    "PersonRepository",
                    "method",
                    "findAll",
                    "outcome",
                    "ERROR",
                    "exception",
                    "IllegalArgumentException")
                .timer()
                .count())
        .isEqualTo(failures + 1);
  }

  @Test
  void registryGaugesCountModelsAndAssociations() {
    assertThat(meters.get(AssociationRegistryMetrics.MODELS).gauge().value()).isEqualTo(3);
    // Person: currentDrivingLicense, children, parents, notes; DrivingLicense.owner; Note.author
    assertThat(meters.get(AssociationRegistryMetrics.ASSOCIATIONS).gauge().value()).isEqualTo(6);
  }

  @Test
  void endpointDescribesTheModelsWithTheConfiguredActions() {
    ModelDescriptor person = endpoint.associations().models().get("Person");
    ModelDescriptor note = endpoint.associations().models().get("Note");

    assertThat(endpoint.associations().models())
        .containsOnlyKeys("Person", "DrivingLicense", "Note");
    assertThat(association(note, "author").foreignKey().onDelete())
        .isEqualTo(ReferentialAction.CASCADE);
    assertThat(association(note, "author").foreignKey().columns()).containsEntry("author_id", "id");
    assertThat(association(person, "currentDrivingLicense").inverse()).isEqualTo("owner");
    assertThat(association(person, "children").joinTable().name()).isEqualTo("people_children");
  }

  private static AssociationDescriptor association(ModelDescriptor model, String name) {
    return model.associations().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private double statements() {
    return meters.find(MicrometerRepositoryListener.QUERIES).counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  private double queries(String association, String operation) {
    Counter counter =
        meters
            .find(MicrometerRepositoryListener.QUERIES)
            .tags("model", "Person", "association", association, "operation", operation)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  private double invocations(String method) {
    return meters
        .find(MicrometerRepositoryListener.INVOCATIONS)
        .tags("method", method, "outcome", "SUCCESS")
        .timers()
        .stream()
        .mapToDouble(timer -> timer.count())
        .sum();
  }
}
