package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.associations.repository.QueryModels.Article;
import dev.associations.repository.QueryModels.Label;
import dev.associations.repository.QueryModels.Writer;
import dev.associations.repository.RepositoryModels.Order;
import dev.associations.repository.RepositoryModels.OrderId;
import dev.associations.repository.RepositoryModels.OrderLine;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Get and count mixins for many parents at once: one statement for 1,000 parents, compared with
 * Java.
 */
class MultiParentMixinsIntegrationTest {

  interface WriterRepository extends AssociationRepository<Writer, Long> {
    Map<Long, List<Article>> getArticles(Collection<Writer> writers);

    Map<Long, Long> countArticles(Collection<Long> writers);

    Map<Long, Integer> countArticles(List<Writer> writers);
  }

  interface LabelRepository extends AssociationRepository<Label, Long> {
    Map<Long, List<Article>> getArticles(Collection<Long> labels);
  }

  interface OrderRepository extends AssociationRepository<Order, OrderId> {
    Map<OrderId, List<OrderLine>> getLines(Collection<Order> orders);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static AssociationRepository<Order, Object> rawOrders(OrderRepository orders) {
    return (AssociationRepository) orders;
  }

  /** An id named like Order's key, with components of other types than the key's. */
  record LooseOrderId(Object id, Object version) {}

  interface IllTypedRepository extends AssociationRepository<Writer, Long> {
    Map<Long, String> countArticles(Collection<Writer> writers);

    Map<String, List<Article>> getArticles(Collection<Writer> writers);
  }

  @OnEachDatabase
  void oneStatementForAThousandParentsWithEmptyResultsForParentsWithoutRows(TestDatabase db) {
    new SchemaGenerator(QueryModels.registry(), db.dialect()).create(db.dataSource());
    Random random = new Random(5);
    List<long[]> articles = new ArrayList<>(); // id, writer
    for (long writer = 1; writer <= 1000; writer++) {
      for (int i = random.nextInt(4); i > 0; i--) {
        articles.add(new long[] {articles.size() + 1, writer});
      }
    }
    db.jdbc()
        .batchUpdate(
            "INSERT INTO writers (id, name) VALUES (?, ?)",
            LongStream.rangeClosed(1, 1000).mapToObj(w -> new Object[] {w, "w" + w}).toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO articles (id, title, writer_id) VALUES (?, ?, ?)",
            articles.stream().map(a -> new Object[] {a[0], "a" + a[0], a[1]}).toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO labels (id, name) VALUES (?, ?)",
            List.of(new Object[] {1, "java"}, new Object[] {2, "sql"}, new Object[] {3, "empty"}));
    db.jdbc()
        .batchUpdate(
            "INSERT INTO articles_labels (article_id, label_id) VALUES (?, ?)",
            articles.stream()
                .filter(a -> a[0] % 3 != 0)
                .map(a -> new Object[] {a[0], a[0] % 3})
                .toList());
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    RepositoryFactory factory =
        new RepositoryFactory(
            QueryModels.registry(), dataSource, new DataSourceTransactionManager(dataSource));
    WriterRepository writers = factory.create(WriterRepository.class);
    List<Writer> all = writers.findAll(Query.all().orderBy("id"));
    Map<Long, List<Long>> expected =
        LongStream.rangeClosed(1, 1000)
            .boxed()
            .collect(
                Collectors.toMap(
                    w -> w, w -> articles.stream().filter(a -> a[1] == w).map(a -> a[0]).toList()));
    assertThat(expected.values()).anySatisfy(list -> assertThat(list).isEmpty());

    dataSource.reset();
    Map<Long, List<Article>> got = writers.getArticles(all);
    Map<Long, Long> counted =
        writers.countArticles(LongStream.rangeClosed(1, 1000).boxed().toList());
    Map<Long, Integer> countedInts = writers.countArticles(all.subList(0, 10));

    assertThat(dataSource.statements()).isEqualTo(3);
    assertThat(got.keySet())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 1000).boxed().toList());
    got.forEach(
        (writer, list) ->
            assertThat(list)
                .extracting(a -> a.id)
                .containsExactlyInAnyOrderElementsOf(expected.get(writer)));
    counted.forEach((writer, count) -> assertThat(count).isEqualTo(expected.get(writer).size()));
    assertThat(counted).hasSize(1000);
    countedInts.forEach(
        (writer, count) -> assertThat(count).isEqualTo(expected.get(writer).size()));
    assertThat(writers.getArticles(List.of())).isEmpty();

    Map<Long, List<Article>> labelled =
        factory.create(LabelRepository.class).getArticles(List.of(3L, 1L, 2L));
    assertThat(labelled.keySet()).containsExactly(3L, 1L, 2L);
    assertThat(labelled.get(3L)).isEmpty();
    assertThat(labelled.get(1L))
        .extracting(a -> a.id)
        .containsExactlyInAnyOrderElementsOf(
            articles.stream().filter(a -> a[0] % 3 == 1).map(a -> a[0]).toList());

    Writer unsaved = new Writer();
    assertThat(catchThrowable(() -> writers.getArticles(List.of(all.get(0), unsaved))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("getArticles: Writer #2 is an unsaved Writer: its id is null");
  }

  @OnEachDatabase
  void compositeIdsKeyTheMapAndIllTypedMethodsFailAtCreation(TestDatabase db) {
    RepositoryFixture fixture = RepositoryFixture.create(db);
    db.jdbc()
        .update(
            "INSERT INTO orders (id, version, label) VALUES (1, 1, 'a1'), (1, 2, 'a2'), (2, 1, 'b1')");
    db.jdbc()
        .update(
            "INSERT INTO order_lines (product, order_id, order_version) VALUES "
                + "('pen', 1, 1), ('ink', 1, 1), ('pad', 1, 2)");
    OrderRepository orders = fixture.models().create(OrderRepository.class);

    Map<OrderId, List<OrderLine>> lines =
        orders.getLines(orders.findAll(Query.all().orderBy("id").orderBy("version")));

    assertThat(lines.keySet())
        .containsExactly(new OrderId(1L, 1), new OrderId(1L, 2), new OrderId(2L, 1));
    assertThat(lines.get(new OrderId(1L, 1)))
        .extracting(l -> l.product)
        .containsExactlyInAnyOrder("pen", "ink");
    assertThat(lines.get(new OrderId(2L, 1))).isEmpty();
    // findById and the mixins read composite ids alike: any record named like the key, converted
    AssociationRepository<Order, Object> raw = rawOrders(orders);
    assertThat(raw.findById(new LooseOrderId(1, (short) 2)))
        .get()
        .extracting(o -> o.label)
        .isEqualTo("a2");
    assertThatThrownBy(() -> raw.findById(5L))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the id of a Order is a record with the components [id, version], not Long 5");
    // a composite id of other whole number types is converted, component by component, as findById
    // does
    assertThat(orders.association(new LooseOrderId(1, (short) 1), "lines").count()).isEqualTo(2);
    assertThatThrownBy(() -> orders.association(new LooseOrderId(1, "2"), "lines").count())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "count(Order.lines): the Order has a version of type String, not Integer as its key:"
                + " LooseOrderId[id=1, version=2]");
    assertThatThrownBy(
            () ->
                new RepositoryFactory(
                        QueryModels.registry(),
                        db.dataSource(),
                        new DataSourceTransactionManager(db.dataSource()))
                    .create(IllTypedRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining("countArticles")
        .hasMessageContaining("it must return Map<Long, Long>, not Map<Long, String>")
        .hasMessageContaining("getArticles")
        .hasMessageContaining(
            "it must return Map<Long, List<Article>>, not" + " Map<String, List<Article>>");
  }
}
