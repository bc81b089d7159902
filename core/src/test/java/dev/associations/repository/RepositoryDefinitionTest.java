package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.RepositoryModels.Author;
import dev.associations.repository.RepositoryModels.AuthorRepository;
import dev.associations.repository.RepositoryModels.Edition;
import dev.associations.repository.RepositoryModels.EditionRepository;
import dev.associations.repository.RepositoryModels.Unconstructible;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The checks of a repository interface when it is created. */
class RepositoryDefinitionTest {

  private static final DriverManagerDataSource DATA_SOURCE = new DriverManagerDataSource("jdbc:h2:mem:definitions");

  private static RepositoryFactory factory(Class<?>... models) {
    return new RepositoryFactory(AssociationRegistry.builder().addModels(models).build(), DATA_SOURCE,
        new DataSourceTransactionManager(DATA_SOURCE));
  }

  interface WrongIdRepository extends AssociationRepository<Author, Integer> {
  }

  record WrongEditionId(Long group, Integer number) {
  }

  interface WrongRecordRepository extends AssociationRepository<Edition, WrongEditionId> {
  }

  interface PlainIdForCompositeKeyRepository extends AssociationRepository<Edition, Long> {
  }

  interface NotAModelRepository extends AssociationRepository<String, Long> {
  }

  interface MixinRepository extends AssociationRepository<Author, Long> {
    List<Author> getFriends(Author author);
  }

  interface UnconstructibleRepository extends AssociationRepository<Unconstructible, Long> {
  }

  interface GenericRepository<T> extends AssociationRepository<T, Long> {
  }

  interface IntermediateRepository<T> extends AssociationRepository<T, Long> {
  }

  interface ConcreteThroughIntermediateRepository extends IntermediateRepository<Author> {
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void create(RepositoryFactory factory, Class<?> repositoryInterface) {
    factory.create((Class) repositoryInterface);
  }

  @Test
  void acceptsMatchingIdsAndGenericsResolvedThroughIntermediateInterfaces() {
    RepositoryFactory factory = factory(Author.class, Edition.class);

    assertThat(factory.create(AuthorRepository.class)).isInstanceOf(AuthorRepository.class);
    assertThat(factory.create(EditionRepository.class)).isInstanceOf(EditionRepository.class);
    assertThat(factory.create(ConcreteThroughIntermediateRepository.class).toString())
        .startsWith("ConcreteThroughIntermediateRepository<Author, Long>@");
  }

  @Test
  void rejectsAnIdTypeOtherThanTheKeyType() {
    assertThatThrownBy(() -> create(factory(Author.class), WrongIdRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining("WrongIdRepository: 1 repository definition problem")
        .hasMessageContaining("ID is Integer but the primary key Author.id is Long — use AssociationRepository<Author, Long>");
  }

  @Test
  void rejectsACompositeIdRecordWithOtherComponentNames() {
    assertThatThrownBy(() -> create(factory(Edition.class), WrongRecordRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining("ID record WrongEditionId(Long group, Integer number) does not match the composite "
            + "primary key of Edition — its components must be named and typed like the key attributes: "
            + "record WrongEditionId(Long isbnGroup, Integer number)");
  }

  @Test
  void rejectsAPlainIdForACompositeKey() {
    assertThatThrownBy(() -> create(factory(Edition.class), PlainIdForCompositeKeyRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining("ID is Long but Edition has a composite primary key [isbnGroup, number] — use a record");
  }

  @Test
  void rejectsAModelTypeThatIsNotRegistered() {
    assertThatThrownBy(() -> create(factory(Author.class), NotAModelRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining("java.lang.String is not a registered model — annotate it with @Model and add it "
            + "to the registry; registered: [Author]");
  }

  @Test
  void rejectsAbstractMethodsOfItsOwnUntilMixinsExist() {
    assertThatThrownBy(() -> create(factory(Author.class), MixinRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining("method MixinRepository.getFriends(Author) is not an AssociationRepository method, "
            + "and association mixins are not supported yet — remove it or make it a default method");
  }

  @Test
  void rejectsAModelWithoutAConstructorWithoutParameters() {
    assertThatThrownBy(() -> create(factory(Unconstructible.class), UnconstructibleRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining("Model Unconstructible (" + Unconstructible.class.getName()
            + ") has no constructor without parameters; add one (it may be private)");
  }

  @Test
  void rejectsUnresolvedTypeArguments() {
    assertThatThrownBy(() -> create(factory(Author.class), GenericRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining("the type arguments of AssociationRepository<T, ID> are not concrete");
  }

  @Test
  void rejectsAnInterfaceThatIsNoRepository() {
    assertThatThrownBy(() -> create(factory(Author.class), Runnable.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining("java.lang.Runnable: 1 repository definition problem:\n"
            + "  it is not an interface extending AssociationRepository<T, ID>");
  }
}
