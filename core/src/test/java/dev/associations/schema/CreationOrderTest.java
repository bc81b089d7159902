package dev.associations.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.annotation.ReferentialAction;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.KeyColumn;
import dev.associations.metadata.ModelMetadata;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CreationOrderTest {

  @Test
  void keepsTheGivenOrderWhenNothingDependsOnLaterTables() {
    CreationOrder order = CreationOrder.of(tables("a", "b", "c"));

    assertThat(names(order)).containsExactly("a", "b", "c");
    assertThat(order.deferred()).isEmpty();
  }

  @Test
  void createsReferencedTablesFirstAndBreaksTiesByTheGivenOrder() {
    CreationOrder order = CreationOrder.of(tables("a->c", "b", "c->b", "d"));

    assertThat(names(order)).containsExactly("b", "c", "a", "d");
    assertThat(order.deferred()).isEmpty();
  }

  @Test
  void keepsSelfReferencesInline() {
    CreationOrder order = CreationOrder.of(tables("a->a"));

    assertThat(order.tables().get(0).foreignKeys()).hasSize(1);
    assertThat(order.deferred()).isEmpty();
  }

  @Test
  void closesACycleAtItsFirstTableWhoseReferencesLeadBackAndDefersOnlyItsKey() {
    CreationOrder order = CreationOrder.of(tables("a->b", "b->c", "c->b"));

    assertThat(names(order)).containsExactly("b", "a", "c");
    assertThat(order.deferred())
        .extracting(fk -> fk.table() + "->" + fk.referencedTable())
        .containsExactly("b->c");
    assertThat(order.tables().get(0).foreignKeys()).isEmpty();
    assertThat(order.tables().get(2).foreignKeys())
        .extracting(ForeignKeyMetadata::referencedTable)
        .containsExactly("b");
  }

  @Test
  void closesALongerCycleOnce() {
    CreationOrder order = CreationOrder.of(tables("a->b", "b->c", "c->a"));

    assertThat(names(order)).containsExactly("a", "c", "b");
    assertThat(order.deferred())
        .extracting(fk -> fk.table() + "->" + fk.referencedTable())
        .containsExactly("a->b");
  }

  /** Tables given as {@code name} or {@code name->referenced,...}. */
  private static List<TableDefinition> tables(String... specs) {
    Map<String, ModelMetadata> models =
        Arrays.stream(specs)
            .map(spec -> spec.split("->")[0])
            .collect(Collectors.toMap(Function.identity(), CreationOrderTest::model));
    return Arrays.stream(specs)
        .map(
            spec -> {
              String[] parts = spec.split("->");
              List<ForeignKeyMetadata> keys =
                  parts.length == 1
                      ? List.of()
                      : Arrays.stream(parts[1].split(","))
                          .map(referenced -> foreignKey(parts[0], models.get(referenced)))
                          .toList();
              return new TableDefinition(
                  parts[0],
                  models.get(parts[0]).attributes(),
                  List.of("id"),
                  List.of(),
                  keys,
                  List.of());
            })
        .toList();
  }

  private static ModelMetadata model(String table) {
    return new ModelMetadata(
        Object.class,
        table,
        table,
        table,
        List.of(new AttributeMetadata("id", "id", Long.class, false, null, true, false, null)));
  }

  private static ForeignKeyMetadata foreignKey(String table, ModelMetadata referenced) {
    AttributeMetadata column =
        new AttributeMetadata(
            referenced.table() + "Id",
            referenced.table() + "_id",
            Long.class,
            true,
            null,
            false,
            false,
            null);
    return new ForeignKeyMetadata(
        table,
        referenced,
        List.of(new KeyColumn(column, referenced.primaryKey().get(0))),
        true,
        ReferentialAction.SET_NULL,
        ReferentialAction.CASCADE,
        true,
        "fk_" + table + "_" + referenced.table());
  }

  private static List<String> names(CreationOrder order) {
    return order.tables().stream().map(TableDefinition::name).toList();
  }
}
