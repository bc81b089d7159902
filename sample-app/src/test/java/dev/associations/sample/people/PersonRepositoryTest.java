package dev.associations.sample.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.repository.Query;
import dev.associations.test.AssociationsTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

/**
 * The repositories alone: {@code @AssociationsTest} starts no web layer and no other beans, and
 * rolls each test back.
 */
@AssociationsTest
class PersonRepositoryTest {

  @Autowired PersonRepository people;

  @Autowired ApplicationContext context;

  @Test
  void repositoriesWithoutTheRestOfTheApplication() {
    assertThat(context.getBeanNamesForType(PeopleController.class)).isEmpty();
    assertThat(people.count()).as("no seed data: SeedData is not started").isZero();
    Person dee = new Person();
    dee.name = "Dee";
    people.save(dee);

    assertThat(people.findByNameStartingWithIgnoreCase("d", Pageable.unpaged()).getContent())
        .extracting(person -> person.name)
        .containsExactly("Dee");
  }

  @Test
  void eachTestIsRolledBack() {
    assertThat(people.count(Query.where("name").is("Dee"))).isZero();
    Person dee = new Person();
    dee.name = "Dee";
    people.save(dee);
  }
}
