package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.repository.EdgeModels.Ticket;
import dev.associations.repository.EdgeModels.TicketRepository;
import dev.associations.repository.EdgeModels.Token;
import dev.associations.repository.EdgeModels.TokenRepository;
import dev.associations.repository.EdgeModels.Wallet;
import dev.associations.repository.EdgeModels.WalletRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Models whose only declared attribute is their generated key: each insert is the database's "all
 * defaults" form, alone or in a batch.
 */
class KeyOnlyModelIntegrationTest {

  private CountingDataSource dataSource;
  private RepositoryFactory factory;

  private void setUp(TestDatabase db) {
    new SchemaGenerator(EdgeModels.registry(), db.dialect()).create(db.dataSource());
    dataSource = new CountingDataSource(db.dataSource());
    factory =
        new RepositoryFactory(
            EdgeModels.registry(), dataSource, new DataSourceTransactionManager(dataSource));
  }

  @OnEachDatabase
  void saveAndSaveAllInsertRowsOfDefaultsAndReadBackTheirKeys(TestDatabase db) {
    setUp(db);
    TicketRepository tickets = factory.create(TicketRepository.class);

    Ticket first = tickets.save(new Ticket());
    List<Ticket> batch = IntStream.range(0, 5).mapToObj(i -> new Ticket()).toList();
    dataSource.reset();
    tickets.saveAll(batch);

    assertThat(dataSource.batches()).as("the five inserts are one batch").isEqualTo(1);
    assertThat(first.id).isNotNull();
    assertThat(batch)
        .extracting(t -> t.id)
        .doesNotContainNull()
        .doesNotHaveDuplicates()
        .doesNotContain(first.id);
    assertThat(new HashSet<>(db.jdbc().queryForList("SELECT id FROM tickets", Long.class)))
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, 6).mapToObj(i -> i == 0 ? first.id : batch.get(i - 1).id).toList());
    assertThat(tickets.findAll())
        .extracting(t -> t.id)
        .containsExactlyInAnyOrder(
            db.jdbc().queryForList("SELECT id FROM tickets", Long.class).toArray(Long[]::new));
  }

  @OnEachDatabase
  void savingAnExistingKeyOnlyEntityChangesNothingAndAMissingOneFails(TestDatabase db) {
    setUp(db);
    TicketRepository tickets = factory.create(TicketRepository.class);
    Ticket saved = tickets.save(new Ticket());

    assertThat(tickets.save(saved)).isSameAs(saved);
    assertThat(tickets.count()).isEqualTo(1);

    Ticket missing = new Ticket();
    missing.id = saved.id + 1000;
    assertThatThrownBy(() -> tickets.saveAll(List.of(new Ticket(), missing)))
        .isInstanceOf(IncorrectUpdateSemanticsDataAccessException.class)
        .hasMessageContaining("Ticket")
        .hasMessageContaining(String.valueOf(missing.id));
    assertThat(tickets.count())
        .as("the insert beside the failed update is rolled back")
        .isEqualTo(1);
  }

  @OnEachDatabase
  void aModelWhoseForeignKeyIsAddedByItsAssociationSavesAndIsCreatedLinked(TestDatabase db) {
    setUp(db);
    WalletRepository wallets = factory.create(WalletRepository.class);
    TokenRepository tokens = factory.create(TokenRepository.class);
    Wallet wallet = new Wallet();
    wallet.owner = "ann";
    wallets.save(wallet);

    Token loose = tokens.save(new Token());
    List<Token> more = tokens.saveAll(List.of(new Token(), new Token()));
    Token linked = wallets.createToken(wallet, new Token());

    assertThat(loose.id).isNotNull();
    assertThat(more).extracting(t -> t.id).doesNotContainNull();
    assertThat(db.jdbc().queryForList("SELECT id FROM tokens WHERE wallet_id IS NULL", Long.class))
        .containsExactlyInAnyOrder(loose.id, more.get(0).id, more.get(1).id);
    assertThat(wallets.findById(wallet.id, "tokens").orElseThrow().tokens)
        .extracting(t -> t.id)
        .containsExactly(linked.id);
  }
}
