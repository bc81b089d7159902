package dev.associations.repository;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * CRUD and queries for one model. Declare an interface extending it with concrete types, such as
 * {@code interface PersonRepository extends AssociationRepository<Person, Long>}, and create it
 * with a {@link RepositoryFactory}. Default methods on that interface may build on these.
 *
 * <p>For a composite primary key, {@code ID} is a record whose components are named (and typed)
 * like the key attributes. Every write runs in a transaction, joining an outer one; a failure rolls
 * back and surfaces as a Spring {@link org.springframework.dao.DataAccessException}.
 *
 * <p>Foreign key attributes the model class does not declare (added by an association) are neither
 * read nor written here: an insert leaves them to the column default, an update keeps them.
 *
 * <p>Abstract methods of the repository interface itself are association mixins, resolved by name
 * when the repository is created, with Sequelize's accessor names: for a single association
 * (HasOne, BelongsTo) {@code get|set|create} + Name, for a multiple one (HasMany, BelongsToMany)
 * {@code get|set|count} + Plural, {@code add|remove|has|create} + Singular and {@code
 * add|remove|has} + Plural, such as {@code void addChildren(Person p, Collection<Person> c)}. Their
 * first parameter is the entity or its id, targets are entities or ids; each runs in one
 * transaction. See {@link #association} for the same operations by name.
 *
 * <p>The find methods take include paths: association names, dotted for nesting ({@code
 * "children.currentDrivingLicense"}); each included association's field is filled (a single one
 * with the entity or {@code null}, a multiple one with a new, possibly empty collection). Loading
 * costs one statement for the roots, with to-one includes joined into it, plus one per to-many
 * include node, whatever the number of rows. An unknown path, or an association whose model has no
 * field for it, throws {@link IllegalArgumentException} naming it.
 *
 * @param <T> the model class
 * @param <ID> the primary key type
 */
public interface AssociationRepository<T, ID> {

  /**
   * Inserts or updates an entity. A model with an {@code @AutoIncrement} key is new when that key
   * is {@code null} (or 0 in a primitive field): it is inserted and the generated key is set on the
   * entity; otherwise its row is updated, and a missing row is an error. A model without a
   * generated key is updated when a row with its key exists, else inserted.
   *
   * <p>Spring Data's bookkeeping annotations are honoured: a {@code @Version} attribute starts at 0
   * and counts the updates, each of which must find the version the entity holds, else the whole
   * call fails with {@link org.springframework.dao.OptimisticLockingFailureException} and changes
   * nothing; {@code @CreatedDate} is set on insert (and never rewritten), {@code @LastModifiedDate}
   * on every insert and update.
   *
   * @return the same entity
   */
  T save(T entity);

  /**
   * Saves every entity as {@link #save} does, with one JDBC batch for the inserts and one for the
   * updates, in one transaction; generated keys are set on the new entities.
   *
   * @return the entities, in the given order
   */
  List<T> saveAll(Iterable<T> entities);

  /** The entity with this id, if a row has it, with these associations loaded. */
  Optional<T> findById(ID id, String... include);

  /**
   * The entities with these ids, in no particular order, with these associations loaded; the roots
   * are read with one statement.
   */
  List<T> findAllById(Iterable<ID> ids, String... include);

  /** Every entity, in no particular order, with these associations loaded. */
  List<T> findAll(String... include);

  /**
   * The entities a query selects, in its order, with its includes loaded; its limit and offset
   * count these roots.
   *
   * @throws IllegalArgumentException when the query names an attribute the model does not have
   */
  List<T> findAll(Query query);

  /**
   * A page of the entities a query selects, with its includes loaded: the {@link Pageable}'s sort
   * first (property paths as in {@link Query#orderBy(String)}), then the query's, its page size and
   * offset as limit and offset. The total comes from {@link #count(Query)}, skipped when the page
   * shows it is the last (fewer rows than the page size); an unpaged {@code Pageable} reads all.
   *
   * @throws IllegalArgumentException when the query has a limit or offset of its own, or names an
   *     attribute the model does not have
   */
  Page<T> findAll(Query query, Pageable pageable);

  /**
   * The entities a query selects, in its order, with its includes, read as the stream is consumed:
   * the roots through a cursor a thousand rows at a time, and each include once per thousand roots,
   * so that memory stays bounded whatever the number of rows. Outside a transaction the stream
   * reads on a connection of its own (on PostgreSQL, whose cursors need one, in a transaction of
   * its own), and the includes on others from the pool; it holds that connection until it is
   * closed, from any thread: use it in try-with-resources, and not after closing.
   *
   * @throws IllegalArgumentException when the query names an attribute the model does not have
   */
  Stream<T> stream(Query query);

  /** The number of rows. */
  long count();

  /**
   * The number of rows the query's conditions select; its order, limit and offset are ignored.
   *
   * @throws IllegalArgumentException when the query names an attribute the model does not have
   */
  long count(Query query);

  /** Whether a row has this id. */
  boolean existsById(ID id);

  /**
   * Deletes the entity's row, by primary key; nothing happens when there is none, but for a model
   * with a {@code @Version}: then the row must hold the entity's version.
   *
   * @throws org.springframework.dao.OptimisticLockingFailureException for a versioned entity whose
   *     row was changed or deleted since it was read
   */
  void delete(T entity);

  /** Deletes the row with this id; nothing happens when there is none. */
  void deleteById(ID id);

  /**
   * Deletes the entities' rows, by primary key (and version, as {@link #delete}), with one JDBC
   * batch in one transaction.
   */
  void deleteAll(Iterable<T> entities);

  /**
   * The mixins of the association with this name on this entity (or id), by name: the same
   * operations as the mixin methods a repository interface may declare.
   *
   * @throws IllegalArgumentException when the model has no association with this name, listing its
   *     associations
   */
  AssociationOperations association(Object entityOrId, String name);
}
