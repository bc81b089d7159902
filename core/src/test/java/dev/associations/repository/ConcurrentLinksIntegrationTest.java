package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.repository.RepositoryModels.Publisher;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Concurrent writers on one parent lose nothing: 8 threads adding and removing links at once end
 * with exactly the links a sequential run gives, no duplicate join rows, and adding a pair that
 * another thread adds at the same moment stays a no-op.
 */
class ConcurrentLinksIntegrationTest {

  static final int THREADS = 8;
  static final int ROUNDS = 25;
  static final int PER_THREAD = 6;

  interface People
      extends AssociationRepository<dev.associations.testsupport.FaqModels.Person, Long> {
    void addChildren(Long person, Collection<Long> children);

    void removeChildren(Long person, Collection<Long> children);

    void addChild(Long person, Long child);
  }

  interface Publishers extends AssociationRepository<Publisher, Long> {
    void addMagazines(Long publisher, Collection<Long> magazines);

    void removeMagazines(Long publisher, Collection<Long> magazines);
  }

  /**
   * Thread {@code t} owns targets {@code first + t * PER_THREAD ...}: every round it adds all of
   * them and removes the odd ones, so the end state is known whatever the interleaving: the even
   * targets of every thread.
   */
  private static void race(Collection<Long> targets, LinkWriter add, LinkWriter remove, long first)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Long> own = LongStream.range(0, PER_THREAD).map(i -> i + first).boxed().toList();
        long offset = (long) t * PER_THREAD;
        List<Long> mine = own.stream().map(id -> id + offset).toList();
        List<Long> odd = mine.stream().filter(id -> (id - first) % 2 == 1).toList();
        done.add(
            pool.submit(
                (Callable<Void>)
                    () -> {
                      start.await();
                      for (int round = 0; round < ROUNDS; round++) {
                        add.write(mine);
                        remove.write(odd);
                      }
                      return null;
                    }));
      }
      for (Future<Void> future : done) {
        future.get(); // rethrows what a writer threw
      }
    } finally {
      pool.shutdownNow();
    }
    targets.addAll(
        LongStream.range(first, first + (long) THREADS * PER_THREAD)
            .filter(id -> (id - first) % 2 == 0)
            .boxed()
            .toList());
  }

  @FunctionalInterface
  interface LinkWriter {
    void write(List<Long> targets);
  }

  @OnEachDatabase
  void belongsToManyLinksFromEightThreadsEndAsIfSequential(TestDatabase db) throws Exception {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    People people = fixture.faq().create(People.class);
    insertPeople(db, 1 + THREADS * PER_THREAD);
    Set<Long> expected = new TreeSet<>();

    race(expected, ids -> people.addChildren(1L, ids), ids -> people.removeChildren(1L, ids), 2);

    assertThat(
            db.jdbc()
                .queryForList(
                    "SELECT child_id FROM people_children WHERE parent_id = 1 ORDER BY child_id",
                    Long.class))
        .containsExactlyElementsOf(expected);
  }

  @OnEachDatabase
  void hasManyLinksFromEightThreadsEndAsIfSequential(TestDatabase db) throws Exception {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    Publishers publishers = fixture.models().create(Publishers.class);
    db.jdbc().update("INSERT INTO publishers (id, name) VALUES (1, 'p')");
    for (long id = 1; id <= THREADS * PER_THREAD; id++) {
      db.jdbc().update("INSERT INTO magazines (id, title) VALUES (?, ?)", id, "m" + id);
    }
    Set<Long> expected = new TreeSet<>();

    race(
        expected,
        ids -> publishers.addMagazines(1L, ids),
        ids -> publishers.removeMagazines(1L, ids),
        1);

    assertThat(
            db.jdbc()
                .queryForList(
                    "SELECT id FROM magazines WHERE publisher_id = 1 ORDER BY id", Long.class))
        .containsExactlyElementsOf(expected);
    assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM magazines", Long.class))
        .isEqualTo(
            (long) THREADS
                * PER_THREAD); // removing nulls the key of a nullable one, deletes nothing
  }

  @OnEachDatabase
  void addingTheSamePairFromEightThreadsAtOnceIsANoOp(TestDatabase db) throws Exception {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    People people = fixture.faq().create(People.class);
    insertPeople(db, 2);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        db.jdbc().update("DELETE FROM people_children");
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Void>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          done.add(
              pool.submit(
                  (Callable<Void>)
                      () -> {
                        start.await();
                        people.addChild(1L, 2L);
                        return null;
                      }));
        }
        for (Future<Void> future : done) {
          future.get(); // a unique violation reaching a caller fails here
        }
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM people_children", Long.class))
            .isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @OnEachDatabase
  void addingAPairIsStillRefusedWhenItsTargetDoesNotExist(TestDatabase db) {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    People people = fixture.faq().create(People.class);
    insertPeople(db, 1);

    assertThatThrownBy(() -> people.addChild(1L, 999L))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM people_children", Long.class))
        .isZero();
  }

  private static void insertPeople(TestDatabase db, int count) {
    for (long id = 1; id <= count; id++) {
      db.jdbc().update("INSERT INTO people (id, name) VALUES (?, ?)", id, "p" + id);
    }
  }
}
