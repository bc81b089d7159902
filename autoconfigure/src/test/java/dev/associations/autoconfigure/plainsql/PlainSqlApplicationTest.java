package dev.associations.autoconfigure.plainsql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.Query;
import dev.associations.schema.SchemaValidator;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a new user does first: Spring Boot's default embedded H2 (no URL, no settings) and a
 * data.sql with plain, unquoted names, as in any Spring guide. H2 folds bare names to upper case,
 * so the schema must write them bare too; a table named {@code order} is quoted by both.
 */
@SpringBootTest(properties = "spring.sql.init.data-locations=classpath:plainsql/data.sql")
class PlainSqlApplicationTest {

  @Autowired AuthorRepository authors;

  @Autowired AssociationRegistry registry;

  @Autowired DataSource dataSource;

  @Test
  void plainSqlAndTheRepositoriesSeeTheSameTables() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("SELECT database_path() IS NULL", Boolean.class))
        .as("in memory")
        .isTrue();

    Author ann = authors.findAll(Query.where("name").is("Ann").include("orders")).get(0);
    assertThat(ann.orders).extracting(o -> o.label).containsExactly("first");

    Order created = new Order();
    created.label = "second";
    authors.createOrder(ann, created);
    assertThat(
            jdbc.queryForList(
                "SELECT label FROM \"order\" WHERE author_id = ? ORDER BY id",
                String.class,
                ann.id))
        .containsExactly("first", "second");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM authors", Integer.class)).isEqualTo(2);
    assertThat(new SchemaValidator(registry).validate(dataSource)).isEmpty();
  }
}
