package dev.associations.repository;

import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.FaqModels.DrivingLicense;
import dev.associations.testsupport.FaqModels.Person;
import dev.associations.testsupport.TestDatabase;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The FAQ's and {@link RepositoryModels}' tables on one test database, behind a statement-counting
 * data source, with a repository factory for each registry.
 *
 * @param dataSource counts the statements every repository issues
 * @param transactions the transaction manager the repositories join
 * @param faq creates repositories of the FAQ's models
 * @param models creates repositories of {@link RepositoryModels}
 */
record RepositoryFixture(
    CountingDataSource dataSource,
    DataSourceTransactionManager transactions,
    RepositoryFactory faq,
    RepositoryFactory models) {

  static final AssociationRegistry FAQ =
      AssociationRegistry.builder().addModels(Person.class, DrivingLicense.class).build();

  /** The FAQ's people, without mixins. */
  interface PersonRepository extends AssociationRepository<Person, Long> {}

  static RepositoryFixture create(TestDatabase db) {
    new SchemaGenerator(FAQ, db.dialect()).create(db.dataSource());
    new SchemaGenerator(RepositoryModels.registry(), db.dialect()).create(db.dataSource());
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    return new RepositoryFixture(
        dataSource,
        transactions,
        new RepositoryFactory(FAQ, dataSource, transactions),
        new RepositoryFactory(RepositoryModels.registry(), dataSource, transactions));
  }
}
