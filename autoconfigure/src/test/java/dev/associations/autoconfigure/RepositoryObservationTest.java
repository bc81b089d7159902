package dev.associations.autoconfigure;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.autoconfigure.models.DrivingLicense;
import dev.associations.autoconfigure.models.Person;
import dev.associations.autoconfigure.models.PersonRepository;
import dev.associations.autoconfigure.repositories.DrivingLicenseRepository;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every repository call is an observation (a span in traces), with an event per statement it sends.
 */
class RepositoryObservationTest {

  private final ApplicationContextRunner runner =
      AssociationRepositoriesTest.withRepositories().withUserConfiguration(Observations.class);

  @Configuration(proxyBeanMethods = false)
  static class Observations {
    @Bean
    Events events() {
      return new Events();
    }

    @Bean
    TestObservationRegistry observationRegistry(Events events) {
      TestObservationRegistry registry = TestObservationRegistry.create();
      registry.observationConfig().observationHandler(events);
      return registry;
    }
  }

  /** The events of each observation, by contextual name. */
  static class Events implements ObservationHandler<Observation.Context> {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(Observation.Event event, Observation.Context context) {
      seen.add(
          context.getContextualName() + ": " + event.getName() + " " + event.getContextualName());
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
      return true;
    }
  }

  @Test
  void eachCallIsObservedWithItsOutcomeAndStatements() {
    runner.run(
        context -> {
          TestObservationRegistry observations = context.getBean(TestObservationRegistry.class);
          PersonRepository people = context.getBean(PersonRepository.class);
          DrivingLicenseRepository licenses = context.getBean(DrivingLicenseRepository.class);
          Person ann = new Person();
          ann.name = "Ann";
          people.save(ann);
          DrivingLicense license = licenses.save(new DrivingLicense());
          licenses.setOwner(license, ann);
          Person ghost = new Person();
          ghost.id = 99L;
          ghost.name = "nobody";
          assertThatThrownBy(() -> people.save(ghost)).isInstanceOf(RuntimeException.class);

          assertThat(observations)
              .hasNumberOfObservationsWithNameEqualTo(ObservingRepositoryListener.NAME, 4);
          assertThat(observations)
              .hasAnObservation(
                  observation ->
                      observation
                          .hasContextualNameEqualTo("DrivingLicenseRepository.setOwner")
                          .hasLowCardinalityKeyValue("repository", "DrivingLicenseRepository")
                          .hasLowCardinalityKeyValue("method", "setOwner")
                          .hasLowCardinalityKeyValue("outcome", "SUCCESS"));
          org.assertj.core.api.Assertions.assertThat(context.getBean(Events.class).seen)
              .contains(
                  "DrivingLicenseRepository.setOwner: associations.statement UPDATE DrivingLicense.owner",
                  "PersonRepository.save: associations.statement INSERT Person");
          assertThat(observations)
              .hasAnObservation(
                  observation ->
                      observation
                          .hasContextualNameEqualTo("PersonRepository.save")
                          .hasLowCardinalityKeyValue("outcome", "ERROR")
                          .assertThatError()
                          .isNotNull());
          assertThat(observations).doesNotHaveAnyRemainingCurrentObservation();
        });
  }
}
