package dev.associations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.repository.Query;
import dev.associations.sample.people.PersonRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The sample on a PostgreSQL container, connected by Spring Boot's {@code @ServiceConnection}: the
 * way to test on a real database with Docker. Reported as skipped where Docker is not available
 * (the other tests run on H2, and the core's on the PostgreSQL and MariaDB servers CI provides).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "associations.schema.mode=create")
class PostgreSqlContainerTest {

  @Container @ServiceConnection
  static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:15-alpine");

  @Autowired PersonRepository people;

  @Test
  void theSampleRunsOnAPostgreSqlContainer() {
    assertThat(people.findAll(Query.all().orderBy("name").include("children")))
        .extracting(person -> person.name)
        .startsWith("Ann");
  }
}
