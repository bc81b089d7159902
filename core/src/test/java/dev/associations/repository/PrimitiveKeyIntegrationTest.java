package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.associations.repository.EdgeModels.Item;
import dev.associations.repository.EdgeModels.ItemRepository;
import dev.associations.repository.EdgeModels.Vault;
import dev.associations.repository.EdgeModels.VaultRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A primitive {@code @AutoIncrement} key holds 0 until the entity is saved: {@code save} inserts
 * such an entity, and every mixin and {@code delete} refuses it as unsaved before any statement,
 * exactly as they treat a {@code null} key.
 */
class PrimitiveKeyIntegrationTest {

  private TestDatabase db;
  private CountingDataSource dataSource;
  private VaultRepository vaults;
  private ItemRepository items;
  private Vault vault;
  private Item item;

  /** One vault holding one item, both saved. */
  private void setUp(TestDatabase database) {
    db = database;
    new SchemaGenerator(EdgeModels.registry(), db.dialect()).create(db.dataSource());
    dataSource = new CountingDataSource(db.dataSource());
    RepositoryFactory factory =
        new RepositoryFactory(
            EdgeModels.registry(), dataSource, new DataSourceTransactionManager(dataSource));
    vaults = factory.create(VaultRepository.class);
    items = factory.create(ItemRepository.class);
    vault = vaults.save(vault("safe"));
    item = items.save(item("ring"));
    vaults.addItem(vault, item);
  }

  private static Vault vault(String label) {
    Vault vault = new Vault();
    vault.label = label;
    return vault;
  }

  private static Item item(String name) {
    Item item = new Item();
    item.name = name;
    return item;
  }

  private Map<String, List<Map<String, Object>>> tables() {
    return Map.of(
        "vaults",
        db.jdbc().queryForList("SELECT * FROM vaults ORDER BY id"),
        "items",
        db.jdbc().queryForList("SELECT * FROM items ORDER BY id"));
  }

  /** Asserts that the call threw without sending a statement or changing a row. */
  private AbstractThrowableAssert<?, ? extends Throwable> rejects(ThrowingCallable call) {
    Map<String, List<Map<String, Object>>> before = tables();
    dataSource.reset();
    Throwable thrown = catchThrowable(call);
    assertThat(dataSource.statements()).as("statements sent by the bad call (%s)", thrown).isZero();
    assertThat(tables()).isEqualTo(before);
    return assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @OnEachDatabase
  void saveInsertsAnEntityWhoseKeyIsZeroAndUpdatesOneWithAKey(TestDatabase database) {
    setUp(database);

    assertThat(vault.id).isPositive();
    assertThat(item.id).isPositive();
    item.name = "crown";
    items.save(item);
    assertThat(items.findAll())
        .extracting(i -> i.id + ":" + i.name)
        .containsExactly(item.id + ":crown");
    assertThat(vaults.getItems(vault)).extracting(i -> i.id).containsExactly(item.id);
  }

  @OnEachDatabase
  void aFailedSaveAllLeavesItsNewEntitiesWithZeroKeys(TestDatabase database) {
    setUp(database);
    Vault ghost = vault("ghost");
    ghost.id = vault.id + 1000;
    List<Vault> fresh = List.of(vault("one"), vault("two"));

    assertThat(catchThrowable(() -> vaults.saveAll(List.of(fresh.get(0), fresh.get(1), ghost))))
        .hasMessageContaining("Cannot update Vault with [id] = [" + ghost.id + "]");
    assertThat(fresh).extracting(v -> v.id).containsExactly(0L, 0L);
    assertThat(vaults.count()).isEqualTo(1);
    vaults.saveAll(fresh);
    assertThat(vaults.count()).isEqualTo(3);
  }

  /**
   * A create whose link fails after the insert leaves its new entity new, as a failed saveAll does.
   */
  @OnEachDatabase
  void aFailedCreateLeavesItsNewEntityWithAZeroKey(TestDatabase database) {
    setUp(database);
    Item ghost = item("ghost");
    ghost.id = item.id + 1000;
    Vault fresh = vault("fresh");

    assertThat(catchThrowable(() -> items.createVault(ghost, fresh))).isNotNull();
    assertThat(fresh.id).isZero();
    assertThat(vaults.count()).isEqualTo(1);
    items.createVault(item, fresh);
    assertThat(fresh.id).isPositive();
    assertThat(items.getVault(item).map(v -> v.label)).contains("fresh");
  }

  @OnEachDatabase
  void everyMixinRefusesAnUnsavedTargetBeforeAnyStatement(TestDatabase database) {
    setUp(database);

    rejects(() -> vaults.addItem(vault, item("new")))
        .hasMessage("addItem: the item is an unsaved Item: its id is 0");
    rejects(() -> vaults.addItems(vault, List.of(item, item("new"))))
        .hasMessage("addItems: items #2 is an unsaved Item: its id is 0");
    rejects(() -> vaults.removeItem(vault, item("new")))
        .hasMessage("removeItem: the item is an unsaved Item: its id is 0");
    rejects(() -> vaults.hasItem(vault, item("new")))
        .hasMessage("hasItem: the item is an unsaved Item: its id is 0");
    rejects(() -> vaults.setItems(vault, List.of(item("new"))))
        .hasMessage("setItems: the item is an unsaved Item: its id is 0");
    rejects(() -> items.setVault(item, vault("new")))
        .hasMessage("setVault: the vault is an unsaved Vault: its id is 0");
    rejects(() -> vaults.association(vault, "items").add(item("new")))
        .hasMessage("add(Vault.items): the item is an unsaved Item: its id is 0");
  }

  @OnEachDatabase
  void everyMixinRefusesAnUnsavedSourceBeforeAnyStatement(TestDatabase database) {
    setUp(database);

    rejects(() -> vaults.getItems(vault("new")))
        .hasMessage("getItems: the Vault is an unsaved Vault: its id is 0");
    rejects(() -> vaults.countItems(vault("new")))
        .hasMessage("countItems: the Vault is an unsaved Vault: its id is 0");
    rejects(() -> vaults.addItem(vault("new"), item))
        .hasMessage("addItem: the Vault is an unsaved Vault: its id is 0");
    rejects(() -> vaults.createItem(vault("new"), item("new")))
        .hasMessage("createItem: the Vault is an unsaved Vault: its id is 0");
    rejects(() -> items.getVault(item("new")))
        .hasMessage("getVault: the Item is an unsaved Item: its id is 0");
    rejects(() -> items.setVault(item("new"), vault))
        .hasMessage("setVault: the Item is an unsaved Item: its id is 0");
    rejects(() -> items.createVault(item("new"), vault("new")))
        .hasMessage("createVault: the Item is an unsaved Item: its id is 0");
  }

  @OnEachDatabase
  void deleteRefusesAnUnsavedEntityAsForANullKey(TestDatabase database) {
    setUp(database);

    rejects(() -> items.delete(item("new")))
        .hasMessageContaining("Item.id is 0")
        .hasMessageContaining("unsaved");
    rejects(() -> items.deleteAll(List.of(item, item("new"))))
        .hasMessageContaining("Item.id is 0")
        .hasMessageContaining("unsaved");
    assertThat(items.count()).isEqualTo(1);
  }
}
