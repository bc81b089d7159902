package dev.associations.benchmarks.contestants.hibernate;

import dev.associations.benchmarks.fixture.Contestant;
import dev.associations.benchmarks.fixture.Counts;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Hibernate ORM (JPA), bootstrapped by hand (no Spring Boot) on the given data source, tuned as a
 * careful user tunes it:
 *
 * <ul>
 *   <li>loads in read-only sessions (no dirty-checking snapshots), the associations they need
 *       fetched by joins in the query: one statement for the 1,000 parents with children and
 *       licenses (measured faster than batch fetching, {@code hibernate.default_batch_fetch_size},
 *       on H2 and clearly so on PostgreSQL);
 *   <li>two bags (or a bag and a set) are never fetched in one query: the one-parent load fetches
 *       the children in one query and the clubs in a second one, the persistence context joins
 *       them;
 *   <li>JDBC batching on ({@code hibernate.jdbc.batch_size}, ordered inserts and updates): it
 *       batches the link rows of {@link #setClubs}. It cannot batch the children's inserts: their
 *       ids are IDENTITY columns, and Hibernate executes an insert with a generated identity at
 *       once, to learn the id;
 *   <li>the schema is the benchmark's: Hibernate neither creates nor validates it.
 * </ul>
 */
public class HibernateContestant implements Contestant {

  private static final String PARENTS_WITH_CHILDREN_AND_LICENSES =
      "from Parent p left join fetch p.children c left join fetch c.license order by p.id, c.id";
  // the license is fetched with the children: it is the eager inverse side of a one-to-one, which a
  // query that does not fetch it would load with one statement per child
  private static final String PARENT_WITH_CHILDREN =
      "from Parent p left join fetch p.children c left join fetch c.license where p.id = :id";
  private static final String PARENT_WITH_CLUBS =
      "from Parent p left join fetch p.clubs where p.id = :id";

  private final SessionFactory sessionFactory;

  public HibernateContestant(DataSource dataSource) {
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
            .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
            .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 1_000)
            .applySetting(AvailableSettings.ORDER_INSERTS, true)
            .applySetting(AvailableSettings.ORDER_UPDATES, true)
            .build();
    try {
      this.sessionFactory =
          new MetadataSources(registry)
              .addAnnotatedClasses(Parent.class, Child.class, License.class, Club.class)
              .buildMetadata()
              .buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }

  @Override
  public Counts loadParentsWithChildrenAndLicenses() {
    try (Session session = readOnlySession()) {
      // Hibernate 6+ de-duplicates the roots of a collection fetch join itself
      List<Parent> parents =
          session
              .createSelectionQuery(PARENTS_WITH_CHILDREN_AND_LICENSES, Parent.class)
              .getResultList();
      return walk(parents, false);
    }
  }

  @Override
  public Counts loadParentWithChildrenAndClubs(long parentId) {
    try (Session session = readOnlySession()) {
      Parent parent =
          session
              .createSelectionQuery(PARENT_WITH_CHILDREN, Parent.class)
              .setParameter("id", parentId)
              .getSingleResult();
      // the same parent instance, its clubs now initialized: no cartesian product of children x
      // clubs
      session
          .createSelectionQuery(PARENT_WITH_CLUBS, Parent.class)
          .setParameter("id", parentId)
          .getSingleResult();
      return walk(List.of(parent), true);
    }
  }

  @Override
  public void addChildren(long parentId, List<String> names) {
    sessionFactory.inTransaction(
        session -> {
          Parent parent = session.getReference(Parent.class, parentId);
          for (String name : names) {
            session.persist(new Child(name, parent));
          }
        });
  }

  @Override
  public void setClubs(long parentId, List<Long> clubIds) {
    sessionFactory.inTransaction(
        session -> {
          Parent parent =
              session
                  .createSelectionQuery(PARENT_WITH_CLUBS, Parent.class)
                  .setParameter("id", parentId)
                  .getSingleResult();
          Set<Club> wanted =
              clubIds.stream()
                  .map(id -> session.getReference(Club.class, id))
                  .collect(Collectors.toSet());
          // changes the managed set in place: on flush Hibernate deletes and inserts only the
          // difference
          Set<Club> clubs = parent.getClubs();
          clubs.retainAll(wanted);
          clubs.addAll(wanted);
        });
  }

  @Override
  public void close() {
    sessionFactory.close();
  }

  private Session readOnlySession() {
    Session session = sessionFactory.openSession();
    session.setDefaultReadOnly(true);
    return session;
  }

  /** Counts inside the session, so that anything lazy really loads (the clubs only when asked). */
  private static Counts walk(List<Parent> parents, boolean withClubs) {
    int children = 0;
    int licenses = 0;
    int clubs = 0;
    for (Parent parent : parents) {
      children += parent.getChildren().size();
      for (Child child : parent.getChildren()) {
        licenses += child.getLicense() == null ? 0 : 1;
      }
      if (withClubs) {
        clubs += parent.getClubs().size();
      }
    }
    return new Counts(parents.size(), children, licenses, clubs);
  }
}
