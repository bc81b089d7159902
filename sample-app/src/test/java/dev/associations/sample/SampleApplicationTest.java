package dev.associations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.registry.AssociationRegistry;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class SampleApplicationTest {

  @Autowired
  AssociationRegistry registry;

  @Autowired
  DataSource dataSource;

  @Test
  void createsTheFaqSchemaOnEmbeddedH2() {
    assertThat(registry.association(Person.class, "currentDrivingLicense").inverse()).isEqualTo("owner");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = 'PUBLIC' order by table_name",
        String.class)).containsExactly("driving_licenses", "people", "people_children");
  }
}
