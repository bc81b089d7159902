package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.repository.QueryModels.Article;
import dev.associations.repository.QueryModels.ArticleRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Spring Data's {@link Pageable} and {@link Sort} over queries: each page compared with the rows
 * sorted and cut in Java, the total, and the count statement skipped on the last page.
 */
class PagingIntegrationTest {

  private record Row(long id, Integer likes, String writer) {}

  private static final Comparator<Integer> NULL_LOWEST =
      Comparator.nullsFirst(Comparator.naturalOrder());

  /** 23 articles by 4 writers with distinct names, likes 0 to 5 or NULL. */
  private static List<Row> fill(TestDatabase db) {
    new SchemaGenerator(QueryModels.registry(), db.dialect()).create(db.dataSource());
    List<String> names = List.of("Dan", "Ann", "Cid", "Bea");
    names.forEach(name -> db.jdbc().update("INSERT INTO writers (name) VALUES (?)", name));
    Random random = new Random(7);
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      int writer = random.nextInt(4) + 1;
      Integer likes = random.nextInt(7) == 0 ? null : random.nextInt(6);
      db.jdbc()
          .update(
              "INSERT INTO articles (title, likes, writer_id) VALUES (?, ?, ?)",
              "a" + i,
              likes,
              writer);
      rows.add(new Row(i, likes, names.get(writer - 1)));
    }
    return rows;
  }

  @OnEachDatabase
  void pagesFollowTheSortAndCountOnlyWhenTheTotalIsNotKnown(TestDatabase db) {
    List<Row> rows = fill(db);
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    ArticleRepository articles =
        new RepositoryFactory(
                QueryModels.registry(), dataSource, new DataSourceTransactionManager(dataSource))
            .create(ArticleRepository.class);
    Query query = Query.where("likes").isNotNull().orderBy("id");
    List<Row> expected =
        rows.stream()
            .filter(r -> r.likes != null)
            .sorted(
                Comparator.comparing(Row::writer)
                    .reversed()
                    .thenComparing(Row::likes)
                    .thenComparing(Row::id))
            .toList();
    Sort sort = Sort.by(Sort.Order.desc("writer.name"), Sort.Order.asc("likes"));

    List<Long> seen = new ArrayList<>();
    for (int page = 0; page * 5 < expected.size() + 5; page++) {
      dataSource.reset();
      Page<Article> got = articles.findAll(query.include("writer"), PageRequest.of(page, 5, sort));
      List<Row> slice =
          expected.subList(
              Math.min(page * 5, expected.size()), Math.min(page * 5 + 5, expected.size()));
      boolean counted = !(slice.size() < 5 && (page == 0 || !slice.isEmpty()));

      assertThat(got.getContent())
          .extracting(a -> a.id)
          .containsExactlyElementsOf(slice.stream().map(Row::id).toList());
      assertThat(got.getContent())
          .extracting(a -> a.writer.name)
          .containsExactlyElementsOf(slice.stream().map(Row::writer).toList());
      assertThat(got.getTotalElements()).isEqualTo(expected.size());
      assertThat(got.getNumber()).isEqualTo(page);
      assertThat(dataSource.statements()).as("page %d", page).isEqualTo(counted ? 2 : 1);
      got.forEach(a -> seen.add(a.id));
    }
    assertThat(seen).containsExactlyElementsOf(expected.stream().map(Row::id).toList());

    Page<Article> all = articles.findAll(Query.all(), Pageable.unpaged(Sort.by("likes")));
    assertThat(all.getContent())
        .extracting(a -> a.likes)
        .isSortedAccordingTo(NULL_LOWEST)
        .hasSize(23);
    assertThat(all.getTotalElements()).isEqualTo(23);
    Page<Article> nullsLast =
        articles.findAll(
            Query.all().orderBy("id"),
            PageRequest.of(0, 30, Sort.by(Sort.Order.desc("likes").nullsLast())));
    assertThat(nullsLast.getContent())
        .extracting(a -> a.likes)
        .isSortedAccordingTo(NULL_LOWEST.reversed());
  }

  @OnEachDatabase
  void aPageTheLibraryCannotHonourFailsBeforeAnyStatement(TestDatabase db) {
    fill(db);
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    ArticleRepository articles =
        new RepositoryFactory(
                QueryModels.registry(), dataSource, new DataSourceTransactionManager(dataSource))
            .create(ArticleRepository.class);

    dataSource.reset();
    assertThatThrownBy(() -> articles.findAll(Query.all().limit(3), PageRequest.of(0, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the query has its own limit or offset; give the page by the Pageable only");
    assertThatThrownBy(
            () ->
                articles.findAll(
                    Query.all(),
                    PageRequest.of(0, 5, Sort.by(Sort.Order.asc("title").ignoreCase()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot sort by 'title' ignoring case: sort by the attribute as stored");
    assertThatThrownBy(
            () ->
                articles.findAll(
                    Query.all(),
                    PageRequest.of(0, 5, Sort.by(Sort.Order.asc("likes").nullsLast()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot sort by 'likes' with NULLS_LAST: NULL sorts lowest on every database here (first ascending,"
                + " last descending)");
    assertThatThrownBy(
            () -> articles.findAll(Query.all(), PageRequest.of(0, 5, Sort.by("writer.nam"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nam");
    assertThat(dataSource.statements()).isZero();
  }
}
