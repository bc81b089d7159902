package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.dialect.Dialects;
import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.RepositoryModels.Author;
import dev.associations.repository.RepositoryModels.AuthorRepository;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Where a repository factory takes its dialect from. */
class RepositoryFactoryTest {

  /** A database that cannot be reached: asking it anything fails. */
  private static final DataSource UNREACHABLE =
      new AbstractDataSource() {
        @Override
        public java.sql.Connection getConnection() throws SQLException {
          throw new SQLException("no database here");
        }

        @Override
        public java.sql.Connection getConnection(String username, String password)
            throws SQLException {
          return getConnection();
        }
      };

  @Test
  void usesTheRegistrysDialectWithoutAskingTheDatabase() {
    AssociationRegistry registry =
        AssociationRegistry.builder().dialect(Dialects.H2).addModels(Author.class).build();
    RepositoryFactory factory =
        new RepositoryFactory(registry, UNREACHABLE, new DataSourceTransactionManager(UNREACHABLE));
    assertThat(factory.create(AuthorRepository.class)).isInstanceOf(AuthorRepository.class);
  }

  @Test
  void detectsTheDialectFromTheDatabaseWhenTheRegistryHasNone() {
    AssociationRegistry registry = AssociationRegistry.builder().addModels(Author.class).build();
    assertThatThrownBy(
            () ->
                new RepositoryFactory(
                    registry, UNREACHABLE, new DataSourceTransactionManager(UNREACHABLE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot read the database product name to choose a dialect");
  }

  @Test
  void usesAGivenDialectWithoutAskingTheDatabase() {
    AssociationRegistry registry = AssociationRegistry.builder().addModels(Author.class).build();
    RepositoryFactory factory =
        new RepositoryFactory(
            registry,
            Dialects.H2,
            UNREACHABLE,
            new DataSourceTransactionManager(UNREACHABLE),
            RepositoryListener.NONE);
    assertThat(factory.create(AuthorRepository.class)).isInstanceOf(AuthorRepository.class);
  }

  @Test
  void refusesAnotherDialectThanTheRegistrys() {
    AssociationRegistry registry =
        AssociationRegistry.builder().dialect(Dialects.H2).addModels(Author.class).build();
    assertThatThrownBy(
            () ->
                new RepositoryFactory(
                    registry,
                    Dialects.POSTGRESQL,
                    UNREACHABLE,
                    new DataSourceTransactionManager(UNREACHABLE),
                    RepositoryListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "The registry was checked against the dialect H2, but RepositoryFactory was given"
                + " PostgreSQL: give it the registry's dialect (or use new"
                + " RepositoryFactory(registry, dataSource, transactionManager, listener))");
  }
}
