package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.Problem;
import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.RepositoryModels.Author;
import dev.associations.repository.RepositoryModels.AuthorRepository;
import dev.associations.repository.RepositoryModels.Edition;
import dev.associations.repository.RepositoryModels.EditionRepository;
import dev.associations.repository.RepositoryModels.Unconstructible;
import dev.associations.testsupport.FaqModels.DrivingLicense;
import dev.associations.testsupport.FaqModels.Person;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The checks of a repository interface when it is created. */
class RepositoryDefinitionTest {

  private static final DriverManagerDataSource DATA_SOURCE =
      new DriverManagerDataSource("jdbc:h2:mem:definitions");

  private static RepositoryFactory factory(Class<?>... models) {
    return new RepositoryFactory(
        AssociationRegistry.builder().addModels(models).build(),
        DATA_SOURCE,
        new DataSourceTransactionManager(DATA_SOURCE));
  }

  interface WrongIdRepository extends AssociationRepository<Author, Integer> {}

  record WrongEditionId(Long group, Integer number) {}

  interface WrongRecordRepository extends AssociationRepository<Edition, WrongEditionId> {}

  interface PlainIdForCompositeKeyRepository extends AssociationRepository<Edition, Long> {}

  interface NotAModelRepository extends AssociationRepository<String, Long> {}

  interface MixinRepository extends AssociationRepository<Author, Long> {
    List<Author> getFriends(Author author);
  }

  /** Every mixin form of Person's associations, with entity and id parameters. */
  interface PersonMixinRepository extends AssociationRepository<Person, Long> {
    Optional<DrivingLicense> getCurrentDrivingLicense(Person person);

    void setCurrentDrivingLicense(Long person, Long license);

    DrivingLicense createCurrentDrivingLicense(Person person, DrivingLicense license);

    List<Person> getChildren(Long person);

    void setChildren(Person person, Collection<Long> children);

    int countChildren(Person person);

    long countParents(Person person);

    void addChild(Person person, Person child);

    void addChildren(Person person, List<Person> children);

    boolean hasChild(Person person, Long child);

    boolean hasChildren(Person person, Set<?> children);

    void removeParent(Long person, Long parent);

    void removeParents(Person person, Collection<Person> parents);

    Person createChild(Person person, Person child);
  }

  interface DrivingLicenseMixinRepository extends AssociationRepository<DrivingLicense, Long> {
    Person getOwner(DrivingLicense license);

    void setOwner(DrivingLicense license, Long owner);

    Person createOwner(Long license, Person owner);
  }

  interface IllTypedMixinRepository extends AssociationRepository<Person, Long> {
    void addChild(Person person, String child);

    String countChildren(Person person);

    List<DrivingLicense> getCurrentDrivingLicense(Person person);

    void setChildren(Person person, Person child);

    void hasParents(Person person, Collection<DrivingLicense> parents);

    Person createChild(Person person);

    List<Person> getFriends(Person person);
  }

  interface OverloadedMixinRepository extends AssociationRepository<Person, Long> {
    void addChild(Person person, String child);

    void addChild(Long person, String child);
  }

  interface UnconstructibleRepository extends AssociationRepository<Unconstructible, Long> {}

  /** Unresolved on its own; concrete through {@link ConcreteThroughIntermediateRepository}. */
  interface GenericRepository<T> extends AssociationRepository<T, Long> {}

  interface ConcreteThroughIntermediateRepository extends GenericRepository<Author> {}

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
        .hasMessageContaining(
            "ID is Integer but the primary key Author.id is Long — use AssociationRepository<Author, Long>");
  }

  @Test
  void rejectsACompositeIdRecordWithOtherComponentNames() {
    assertThatThrownBy(() -> create(factory(Edition.class), WrongRecordRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining(
            "ID record WrongEditionId(Long group, Integer number) does not match the composite "
                + "primary key of Edition — its components must be named and typed like the key attributes: "
                + "record WrongEditionId(Long isbnGroup, Integer number)");
  }

  @Test
  void rejectsAPlainIdForACompositeKey() {
    assertThatThrownBy(() -> create(factory(Edition.class), PlainIdForCompositeKeyRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining(
            "ID is Long but Edition has a composite primary key [isbnGroup, number] — use a record");
  }

  @Test
  void rejectsAModelTypeThatIsNotRegistered() {
    assertThatThrownBy(() -> create(factory(Author.class), NotAModelRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining(
            "java.lang.String is not a registered model — annotate it with @Model and add it "
                + "to the registry; registered: [Author]");
  }

  @Test
  void rejectsAnAbstractMethodThatNamesNoMixin() {
    assertThatThrownBy(() -> create(factory(Author.class), MixinRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining(
            "method MixinRepository.getFriends(Author): it is neither an AssociationRepository method,"
                + " a mixin of Author nor a derived query (findBy..., countBy..., existsBy..., deleteBy...) — rename it"
                + " after a mixin or as a derived query, or annotate it with @SqlQuery or @SqlUpdate; valid mixins of"
                + " Author: none, it has no associations");
  }

  @Test
  void acceptsEveryMixinFormWithEntitiesAndIds() {
    RepositoryFactory factory = factory(Person.class, DrivingLicense.class);
    assertThat(factory.create(PersonMixinRepository.class)).isNotNull();
    assertThat(factory.create(DrivingLicenseMixinRepository.class)).isNotNull();
  }

  @Test
  void listsEveryIllTypedOrUnknownMixinAtOnceWithTheValidNames() {
    String valid =
        "; valid mixins of Person: addChild, addChildren, addParent, addParents, countChildren, "
            + "countParents, createChild, createCurrentDrivingLicense, createParent, getChildren, "
            + "getCurrentDrivingLicense, getParents, hasChild, hasChildren, hasParent, hasParents, removeChild, "
            + "removeChildren, removeParent, removeParents, setChildren, setCurrentDrivingLicense, setParents";
    String fit = "give it the mixin's parameter and return types, or rename it" + valid;
    assertThatThrownBy(
            () ->
                create(factory(Person.class, DrivingLicense.class), IllTypedMixinRepository.class))
        .isInstanceOfSatisfying(
            RepositoryDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new Problem(
                            "IllTypedMixinRepository.addChild",
                            "it does not fit the mixin addChild of "
                                + "Person.children (BELONGS_TO_MANY Person): the second parameter must be a Person or its id, "
                                + "not String",
                            fit),
                        new Problem(
                            "IllTypedMixinRepository.countChildren",
                            "it does not fit the mixin countChildren of "
                                + "Person.children (BELONGS_TO_MANY Person): it must return long or int, not String",
                            fit),
                        new Problem(
                            "IllTypedMixinRepository.createChild",
                            "it does not fit the mixin createChild of "
                                + "Person.children (BELONGS_TO_MANY Person): it must take 2 parameters, not 1",
                            fit),
                        new Problem(
                            "IllTypedMixinRepository.getCurrentDrivingLicense",
                            "it does not fit the mixin "
                                + "getCurrentDrivingLicense of Person.currentDrivingLicense (HAS_ONE DrivingLicense): it must "
                                + "return DrivingLicense or Optional<DrivingLicense>, not List<DrivingLicense>",
                            fit),
                        new Problem(
                            "IllTypedMixinRepository.getFriends",
                            "it is neither an AssociationRepository method, a "
                                + "mixin of Person nor a derived query (findBy..., countBy..., existsBy..., deleteBy...)",
                            "rename it"
                                + " after a mixin or as a derived query, or annotate it with @SqlQuery or @SqlUpdate"
                                + valid),
                        new Problem(
                            "IllTypedMixinRepository.hasParents",
                            "it does not fit the mixin hasParents of "
                                + "Person.parents (BELONGS_TO_MANY Person): the second parameter must be a Collection of Person "
                                + "entities or ids, not Collection<DrivingLicense>; it must return boolean, not void",
                            fit),
                        new Problem(
                            "IllTypedMixinRepository.setChildren",
                            "it does not fit the mixin setChildren of "
                                + "Person.children (BELONGS_TO_MANY Person): the second parameter must be a Collection of Person "
                                + "entities or ids, not Person",
                            fit)))
        .hasMessageContaining(
            "IllTypedMixinRepository: 7 repository definition problems:\n"
                + "  method IllTypedMixinRepository.addChild(Person, String): it does not fit the mixin addChild of "
                + "Person.children (BELONGS_TO_MANY Person): the second parameter must be a Person or its id, not String"
                + " — "
                + fit
                + "\n");
  }

  @Test
  void overloadedMethodsAreLocatedWithTheirParameterTypes() {
    assertThatThrownBy(
            () ->
                create(
                    factory(Person.class, DrivingLicense.class), OverloadedMixinRepository.class))
        .isInstanceOfSatisfying(
            RepositoryDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::location)
                    .containsExactlyInAnyOrder(
                        "OverloadedMixinRepository.addChild(Person, String)",
                        "OverloadedMixinRepository.addChild(Long, String)"));
  }

  @Test
  void rejectsAModelWithoutAConstructorWithoutParameters() {
    assertThatThrownBy(
            () -> create(factory(Unconstructible.class), UnconstructibleRepository.class))
        .isInstanceOfSatisfying(
            RepositoryDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::location)
                    .containsExactly("UnconstructibleRepository"))
        .hasMessageContaining(
            "Model Unconstructible ("
                + Unconstructible.class.getName()
                + ") has no constructor without parameters — add one (it may be private)");
  }

  @Test
  void rejectsUnresolvedTypeArguments() {
    assertThatThrownBy(() -> create(factory(Author.class), GenericRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining(
            "the type arguments of AssociationRepository<T, ID> are not concrete");
  }

  @Test
  void rejectsAnInterfaceThatIsNoRepository() {
    assertThatThrownBy(() -> create(factory(Author.class), Runnable.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining(
            "java.lang.Runnable: 1 repository definition problem:\n"
                + "  it is not an interface extending AssociationRepository<T, ID>");
  }
}
