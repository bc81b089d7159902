package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.associations.repository.EdgeModels.ClubRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A text key the database matches ignoring case (MariaDB's default collation) brings back a row for
 * a parent key Java does not know: the load names the association instead of failing on a null.
 * Where keys compare alike (H2, PostgreSQL), the same data loads.
 */
class KeyCollationIntegrationTest {

  @OnEachDatabase
  void aKeyTheDatabaseComparesOtherwiseThanJavaIsNamed(TestDatabase db) {
    new SchemaGenerator(EdgeModels.registry(), db.dialect()).create(db.dataSource());
    boolean ignoresCase = db.kind() == DatabaseKind.MARIADB;
    db.jdbc().update("INSERT INTO clubs (code) VALUES ('ABC')");
    db.jdbc()
        .update(
            "INSERT INTO members (name, club_code) VALUES ('ann', ?)", ignoresCase ? "abc" : "ABC");
    ClubRepository clubs =
        new RepositoryFactory(
                EdgeModels.registry(),
                db.dataSource(),
                new DataSourceTransactionManager(db.dataSource()))
            .create(ClubRepository.class);

    if (ignoresCase) {
      assertThat(catchThrowable(() -> clubs.findAll("members")))
          .isInstanceOf(DataRetrievalFailureException.class)
          .hasMessageStartingWith(
              "Club.members: a row came back for the key abc, which equals none of the keys asked for");
    } else {
      assertThat(clubs.findAll("members"))
          .singleElement()
          .satisfies(c -> assertThat(c.members).hasSize(1));
    }
  }
}
