package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.registry.AssociationDefinitionException;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Spring Data's {@code @Version}, {@code @CreatedDate} and {@code @LastModifiedDate}: a stale
 * update or delete changes nothing and fails, concurrent writers with retries lose no update, and
 * the times are set by the writes.
 */
class VersionIntegrationTest {

  @Model
  static class Account {
    @PrimaryKey @AutoIncrement Long id;
    String owner;
    Integer balance;
    @Version Long version;
    @CreatedDate Instant createdAt;
    @LastModifiedDate LocalDateTime updatedAt;

    @HasMany(inverse = @Inverse("account"))
    List<Entry> entries;
  }

  @Model
  static class Entry {
    @PrimaryKey @AutoIncrement Long id;
    String memo;
    @Version int version;
    @CreatedDate OffsetDateTime createdAt;
    Account account;
  }

  interface AccountRepository extends AssociationRepository<Account, Long> {
    Entry createEntry(Account account, Entry entry);
  }

  private static AccountRepository accounts(TestDatabase db) {
    AssociationRegistry registry =
        AssociationRegistry.builder().addModels(Account.class, Entry.class).build();
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    return new RepositoryFactory(
            registry, db.dataSource(), new DataSourceTransactionManager(db.dataSource()))
        .create(AccountRepository.class);
  }

  private static Account account(String owner, int balance) {
    Account account = new Account();
    account.owner = owner;
    account.balance = balance;
    return account;
  }

  @OnEachDatabase
  void writesCountTheVersionAndSetTheTimes(TestDatabase db) {
    AccountRepository accounts = accounts(db);
    Instant before = Instant.now().minusSeconds(1);

    Account ann = accounts.save(account("ann", 10));
    Account read = accounts.findById(ann.id).orElseThrow();

    assertThat(ann.version).isZero();
    assertThat(ann.createdAt).isAfter(before);
    assertThat(read.version).isZero();
    assertThat(read.createdAt).isEqualTo(ann.createdAt);
    assertThat(read.updatedAt).isEqualTo(ann.updatedAt);

    read.balance = 11;
    read.createdAt = null; // never rewritten by an update
    accounts.save(read);
    Account again = accounts.findById(ann.id).orElseThrow();
    assertThat(read.version).isEqualTo(1);
    assertThat(again.version).isEqualTo(1);
    assertThat(again.balance).isEqualTo(11);
    assertThat(again.createdAt).isEqualTo(ann.createdAt);
    assertThat(again.updatedAt).isEqualTo(read.updatedAt).isAfterOrEqualTo(ann.updatedAt);

    Entry entry = new Entry();
    entry.memo = "opening";
    accounts.createEntry(again, entry);
    assertThat(entry.version).isZero();
    assertThat(entry.createdAt).isNotNull();
  }

  @OnEachDatabase
  void aStaleCopyFailsToSaveOrDeleteAndChangesNothing(TestDatabase db) {
    AccountRepository accounts = accounts(db);
    Account saved = accounts.save(account("ann", 10));
    Account other = accounts.save(account("bob", 20));
    Account first = accounts.findById(saved.id).orElseThrow();
    Account second = accounts.findById(saved.id).orElseThrow();

    first.balance = 15;
    accounts.save(first);
    second.balance = 99;
    other.balance = 21;

    assertThatThrownBy(() -> accounts.saveAll(List.of(other, second)))
        .isInstanceOf(OptimisticLockingFailureException.class)
        .hasMessage(
            "Account with [id] = ["
                + saved.id
                + "] and version 0 was changed or deleted since it was read;"
                + " read it again and retry");
    assertThat(second.version).isZero();
    assertThat(other.version).as("rolled back with the stale one").isZero();
    assertThat(accounts.findById(saved.id).orElseThrow().balance).isEqualTo(15);
    assertThat(accounts.findById(other.id).orElseThrow().balance).isEqualTo(20);

    assertThatThrownBy(() -> accounts.delete(second))
        .isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(accounts.existsById(saved.id)).isTrue();
    accounts.delete(first);
    assertThat(accounts.existsById(saved.id)).isFalse();
  }

  @OnEachDatabase
  void concurrentWritersWithRetriesLoseNoUpdate(TestDatabase db) throws Exception {
    AccountRepository accounts = accounts(db);
    long id = accounts.save(account("shared", 0)).id;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> conflicts = new ArrayList<>();
    for (int thread = 0; thread < 8; thread++) {
      conflicts.add(
          pool.submit(
              () -> {
                int retries = 0;
                for (int i = 0; i < 50; i++) {
                  while (true) {
                    Account account = accounts.findById(id).orElseThrow();
                    account.balance++;
                    try {
                      accounts.save(account);
                      break;
                    } catch (OptimisticLockingFailureException e) {
                      retries++;
                    }
                  }
                }
                return retries;
              }));
    }
    int retries = 0;
    for (Future<Integer> future : conflicts) {
      retries += future.get();
    }
    pool.shutdown();

    Account result = accounts.findById(id).orElseThrow();
    assertThat(result.balance).as("8 threads x 50 increments").isEqualTo(400);
    assertThat(result.version).isEqualTo(400);
    assertThat(retries).as("the writers did collide").isPositive();
  }

  static class Misused {
    @Model
    static class Note {
      @PrimaryKey @AutoIncrement @Version Long id;
      @Version String revision;
      @CreatedDate String createdAt;
    }
  }

  static class JoinModelWithVersion {
    @Model
    static class Box {
      @PrimaryKey @AutoIncrement Long id;

      @dev.associations.annotation.BelongsToMany(
          through = @dev.associations.annotation.Through(model = Packing.class),
          inverse = @Inverse("boxes"))
      List<Item> items;
    }

    @Model
    static class Item {
      @PrimaryKey @AutoIncrement Long id;
      List<Box> boxes;
    }

    @Model
    static class Packing {
      Long boxId;
      Long itemId;
      @Version Long version;
    }
  }

  @Test
  void aJoinModelKeepsNoVersionSinceItsAssociationsWriteItsRows() {
    assertThatThrownBy(
            () ->
                AssociationRegistry.builder()
                    .addModels(
                        JoinModelWithVersion.Box.class,
                        JoinModelWithVersion.Item.class,
                        JoinModelWithVersion.Packing.class)
                    .build())
        .isInstanceOf(AssociationDefinitionException.class)
        .hasMessageContaining(
            "Packing.version: @Version on a join model, whose rows the BelongsToMany writes (add, set,"
                + " create) without it — remove it, or give Packing a primary key and HasMany / BelongsTo associations of"
                + " its own");
  }

  @Test
  void bookkeepingAnnotationsOnAttributesThatCannotHoldThemAreReported() {
    assertThatThrownBy(() -> AssociationRegistry.builder().addModels(Misused.Note.class).build())
        .isInstanceOf(AssociationDefinitionException.class)
        .hasMessageContaining(
            "Note: 2 attributes are @Version: [id, revision] — keep @Version on one attribute")
        .hasMessageContaining(
            "Note.id: @Version on a key attribute — put it on an attribute of its own")
        .hasMessageContaining(
            "Note.revision: @Version on a String attribute — declare it as one of [Integer, Long,"
                + " Short]: it counts the updates")
        .hasMessageContaining(
            "Note.createdAt: @CreatedDate on a String attribute — declare it as one of [Instant,"
                + " LocalDateTime, OffsetDateTime]: it holds the time of the insert");
  }
}
