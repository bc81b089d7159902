package dev.associations.repository;

import static dev.associations.repository.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.repository.QueryModels.Article;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Derived query methods, each keyword on real rows compared with the {@link Query} it stands for,
 * and the startup failures of methods that cannot be queries.
 */
class DerivedQueryIntegrationTest {

  interface ArticleRepository extends AssociationRepository<Article, Long> {
    List<Article> findByTitle(String title);

    List<Article> findByTitleNot(String title);

    List<Article> findByTitleIgnoreCase(String title);

    List<Article> findByLikesGreaterThan(int likes);

    List<Article> findByLikesGreaterThanEqual(Integer likes);

    List<Article> findByLikesLessThan(long likes);

    List<Article> findByLikesLessThanEqual(Integer likes);

    List<Article> findByLikesBetween(int low, int high);

    List<Article> findByPublishedOnBefore(LocalDate date);

    List<Article> findByPublishedOnAfter(LocalDate date);

    List<Article> findByLikesIsNull();

    List<Article> findByLikesIsNotNull();

    List<Article> findByTitleLike(String pattern);

    List<Article> findByTitleNotLike(String pattern);

    List<Article> findByTitleStartingWith(String prefix);

    List<Article> findByTitleEndingWith(String suffix);

    List<Article> findByTitleContaining(String part);

    List<Article> findByTitleNotContaining(String part);

    List<Article> findByTitleContainingIgnoreCase(String part);

    List<Article> findByLikesIn(Collection<Integer> likes);

    List<Article> findByLikesNotIn(Integer... likes);

    List<Article> queryByLikesIn(int[] likes);

    List<Article> queryByLikesIsNotNull(Pageable pageable);

    List<Article> findByWriterName(String name);

    List<Article> findByRemarksBodyContaining(String body);

    List<Article> findByRemarksApprovedTrue();

    List<Article> findByRemarksApprovedFalse();

    List<Article> findByLabelsIsEmpty();

    List<Article> findByLabelsIsNotEmpty();

    List<Article> findByTitleOrLikes(String title, Integer likes);

    List<Article> findByLikesAndWriterName(Integer likes, String name);

    List<Article> findByWriterNameAndLikesGreaterThanOrderByTitleDescIdAsc(String name, int likes);

    Optional<Article> findFirstByLikesIsNotNullOrderByLikesDescIdAsc();

    List<Article> findTop3ByLikesIsNotNullOrderByLikesDescIdAsc();

    Optional<Article> readByTitle(String title);

    Article getByTitle(String title);

    Set<Article> queryByLikes(Integer likes);

    long countByWriterName(String name);

    int countByLikesGreaterThan(int likes);

    boolean existsByTitle(String title);

    Page<Article> findByLikesIsNotNull(Pageable pageable);

    Slice<Article> findSliceByLikesIsNotNull(Pageable pageable);

    @Includes("remarks")
    Stream<Article> streamByLikesIsNotNullOrderByIdDesc();

    List<Article> findByLikesIsNotNull(Sort sort);

    List<Article> findByLikesIsNotNull(Limit limit, Sort sort);

    @Includes({"writer", "remarks"})
    List<Article> findWithWriterByTitleStartingWith(String prefix);

    long deleteByTitle(String title);

    void removeByLikesIsNull();
  }

  interface IllFormedRepository extends AssociationRepository<Article, Long> {
    List<Article> findByTitel(String title);

    List<Article> findByTitleAndLikes(String title);

    List<Article> findByLikes(String likes);

    Collection<String> findByTitleStartingWith(String prefix);

    Page<Article> findPageByLikes(Integer likes);

    List<Article> findByTitleRegex(String pattern);

    @Includes("writr")
    List<Article> findByLikesIsNull();

    List<Article> findByLikesIgnoreCase(Integer likes);

    List<Article> findByTitleInIgnoreCase(List<String> titles);
  }

  private static final List<String> TITLES =
      List.of("Java tips", "java news", "SQL joins", "Sql dates", "notes", "50% off", "snake_case");

  private ArticleRepository articles;

  private void fill(TestDatabase db) {
    new SchemaGenerator(QueryModels.registry(), db.dialect()).create(db.dataSource());
    List.of("Ann", "Bob", "Cid")
        .forEach(name -> db.jdbc().update("INSERT INTO writers (name) VALUES (?)", name));
    List.of("java", "sql")
        .forEach(name -> db.jdbc().update("INSERT INTO labels (name) VALUES (?)", name));
    Random random = new Random(17);
    for (int i = 0; i < 30; i++) {
      Integer likes = random.nextInt(6) == 0 ? null : random.nextInt(10);
      LocalDate published =
          random.nextInt(5) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60));
      db.jdbc()
          .update(
              "INSERT INTO articles (title, likes, published_on, writer_id) VALUES (?, ?, ?, ?)",
              TITLES.get(random.nextInt(TITLES.size())) + (i % 4 == 0 ? "" : " " + i),
              likes,
              published,
              random.nextInt(4) == 0 ? null : random.nextInt(3) + 1);
      for (int r = random.nextInt(3); r > 0; r--) {
        db.jdbc()
            .update(
                "INSERT INTO remarks (body, approved, article_id) VALUES (?, ?, ?)",
                random.nextBoolean() ? "great" : "meh",
                random.nextInt(3) == 0 ? null : random.nextBoolean(),
                i + 1);
      }
      if (random.nextBoolean()) {
        db.jdbc()
            .update(
                "INSERT INTO articles_labels (article_id, label_id) VALUES (?, ?)",
                i + 1,
                random.nextInt(2) + 1);
      }
    }
    db.jdbc().update("INSERT INTO articles (title, likes) VALUES ('unique title', 3)");
    articles =
        new RepositoryFactory(
                QueryModels.registry(),
                db.dataSource(),
                new DataSourceTransactionManager(db.dataSource()))
            .create(ArticleRepository.class);
  }

  /**
   * The derived method's rows equal the query's, in the query's order when it has one, and are not
   * all or none.
   */
  private void same(List<Article> derived, Query query) {
    List<Long> expected = articles.findAll(query).stream().map(a -> a.id).toList();
    if (query.orderings().isEmpty()) {
      assertThat(derived).extracting(a -> a.id).containsExactlyInAnyOrderElementsOf(expected);
    } else {
      assertThat(derived).extracting(a -> a.id).containsExactlyElementsOf(expected);
    }
  }

  private void some(Supplier<List<Article>> derived, Query query) {
    List<Article> rows = derived.get();
    assertThat(rows).isNotEmpty().hasSizeLessThan((int) articles.count());
    same(rows, query);
  }

  @OnEachDatabase
  void eachKeywordSelectsWhatItsQuerySelects(TestDatabase db) {
    fill(db);
    LocalDate day = LocalDate.of(2026, 2, 1);

    some(() -> articles.findByTitle("notes"), Query.where("title").is("notes"));
    some(() -> articles.findByTitleNot("notes"), Query.where("title").isNot("notes"));
    some(
        () -> articles.findByTitleIgnoreCase("UNIQUE Title"),
        Query.where("title").is("unique title"));
    some(() -> articles.findByLikesGreaterThan(5), Query.where("likes").greaterThan(5));
    some(() -> articles.findByLikesGreaterThanEqual(5), Query.where("likes").greaterThanOrEqual(5));
    some(() -> articles.findByLikesLessThan(5L), Query.where("likes").lessThan(5));
    some(() -> articles.findByLikesLessThanEqual(5), Query.where("likes").lessThanOrEqual(5));
    some(() -> articles.findByLikesBetween(2, 6), Query.where("likes").between(2, 6));
    some(() -> articles.findByPublishedOnBefore(day), Query.where("publishedOn").lessThan(day));
    some(() -> articles.findByPublishedOnAfter(day), Query.where("publishedOn").greaterThan(day));
    some(() -> articles.findByLikesIsNull(), Query.where("likes").isNull());
    some(() -> articles.findByLikesIsNotNull(), Query.where("likes").isNotNull());
    some(() -> articles.findByTitleLike("%a%"), Query.where("title").like("%a%"));
    some(
        () -> articles.findByTitleNotLike("%a%"),
        Query.where(Condition.not(where("title").like("%a%"))));
    some(() -> articles.findByTitleStartingWith("50%"), Query.where("title").startsWith("50%"));
    some(() -> articles.findByTitleEndingWith("1"), Query.where("title").endsWith("1"));
    some(() -> articles.findByTitleContaining("_"), Query.where("title").contains("_"));
    some(
        () -> articles.findByTitleNotContaining("o"),
        Query.where(Condition.not(where("title").contains("o"))));
    some(
        () -> articles.findByTitleContainingIgnoreCase("SQL"),
        Query.where("title").containsIgnoreCase("sql"));
    some(() -> articles.findByLikesIn(List.of(1, 2, 3)), Query.where("likes").in(1, 2, 3));
    some(() -> articles.findByLikesNotIn(1, 2, 3), Query.where("likes").notIn(1, 2, 3));
    some(() -> articles.queryByLikesIn(new int[] {1, 2, 3}), Query.where("likes").in(1, 2, 3));
    some(
        () -> articles.queryByLikesIsNotNull(PageRequest.of(1, 3, Sort.by("id"))),
        Query.where("likes").isNotNull().orderBy("id").offset(3).limit(3));
    some(() -> articles.findByWriterName("Ann"), Query.where("writer.name").is("Ann"));
    some(
        () -> articles.findByRemarksBodyContaining("rea"),
        Query.where("remarks.body").contains("rea"));
    some(() -> articles.findByRemarksApprovedTrue(), Query.where("remarks.approved").is(true));
    some(() -> articles.findByRemarksApprovedFalse(), Query.where("remarks.approved").is(false));
    some(() -> articles.findByLabelsIsEmpty(), Query.whereHasNone("labels"));
    some(() -> articles.findByLabelsIsNotEmpty(), Query.whereHas("labels"));
    some(
        () -> articles.findByTitleOrLikes("notes", 3),
        Query.where(where("title").is("notes").or(where("likes").is(3))));
    some(
        () -> articles.findByLikesAndWriterName(null, "Bob"),
        Query.where("likes").isNull().and("writer.name").is("Bob"));
    some(
        () -> articles.findByWriterNameAndLikesGreaterThanOrderByTitleDescIdAsc("Cid", 2),
        Query.where("writer.name")
            .is("Cid")
            .and("likes")
            .greaterThan(2)
            .orderByDescending("title")
            .orderBy("id"));
    some(
        () -> articles.findTop3ByLikesIsNotNullOrderByLikesDescIdAsc(),
        Query.where("likes").isNotNull().orderByDescending("likes").orderBy("id").limit(3));
    some(
        () -> articles.findByLikesIsNotNull(Sort.by("likes", "id")),
        Query.where("likes").isNotNull().orderBy("likes").orderBy("id"));
    some(
        () -> articles.findByLikesIsNotNull(Limit.of(4), Sort.by("id")),
        Query.where("likes").isNotNull().orderBy("id").limit(4));
    some(() -> List.copyOf(articles.queryByLikes(3)), Query.where("likes").is(3));
    assertThat(articles.findFirstByLikesIsNotNullOrderByLikesDescIdAsc().map(a -> a.id))
        .contains(
            articles
                .findAll(
                    Query.where("likes")
                        .isNotNull()
                        .orderByDescending("likes")
                        .orderBy("id")
                        .limit(1))
                .get(0)
                .id);
  }

  @OnEachDatabase
  void singlesCountsPagesIncludesAndDeletes(TestDatabase db) {
    fill(db);

    assertThat(articles.readByTitle("unique title")).map(a -> a.likes).contains(3);
    assertThat(articles.readByTitle("no such title")).isEmpty();
    assertThat(articles.getByTitle("unique title").likes).isEqualTo(3);
    assertThatThrownBy(() -> articles.getByTitle("notes"))
        .isInstanceOf(IncorrectResultSizeDataAccessException.class);
    assertThat(articles.countByWriterName("Ann"))
        .isEqualTo(articles.count(Query.where("writer.name").is("Ann")));
    assertThat(articles.countByLikesGreaterThan(4))
        .isEqualTo((int) articles.count(Query.where("likes").greaterThan(4)));
    assertThat(articles.existsByTitle("unique title")).isTrue();
    assertThat(articles.existsByTitle("no such title")).isFalse();

    Page<Article> page = articles.findByLikesIsNotNull(PageRequest.of(1, 5, Sort.by("id")));
    assertThat(page.getContent())
        .extracting(a -> a.id)
        .containsExactlyElementsOf(
            articles
                .findAll(Query.where("likes").isNotNull().orderBy("id").offset(5).limit(5))
                .stream()
                .map(a -> a.id)
                .toList());
    assertThat(page.getTotalElements()).isEqualTo(articles.count(Query.where("likes").isNotNull()));
    Slice<Article> slice = articles.findSliceByLikesIsNotNull(PageRequest.of(0, 4, Sort.by("id")));
    assertThat(slice.getContent()).hasSize(4);
    assertThat(slice.hasNext()).isTrue();
    long total = articles.count(Query.where("likes").isNotNull());
    Slice<Article> last =
        articles.findSliceByLikesIsNotNull(
            PageRequest.of((int) ((total - 1) / 4), 4, Sort.by("id")));
    assertThat(last.hasNext()).isFalse();
    assertThat(articles.findSliceByLikesIsNotNull(Pageable.unpaged()).getContent())
        .hasSize((int) total);
    assertThat(last.getContent()).hasSize((int) (total - (total - 1) / 4 * 4));

    try (Stream<Article> stream = articles.streamByLikesIsNotNullOrderByIdDesc()) {
      List<Article> streamed = stream.toList();
      assertThat(streamed)
          .extracting(a -> a.id)
          .containsExactlyElementsOf(
              articles.findAll(Query.where("likes").isNotNull().orderByDescending("id")).stream()
                  .map(a -> a.id)
                  .toList());
      assertThat(streamed).allSatisfy(a -> assertThat(a.remarks).isNotNull());
    }

    List<Article> withWriters = articles.findWithWriterByTitleStartingWith("Java");
    assertThat(withWriters)
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.remarks).isNotNull();
              assertThat(a.writer == null)
                  .isEqualTo(
                      articles.count(Query.where("id").is(a.id).and("writerId").isNull()) == 1);
            });

    long notes = articles.count(Query.where("title").is("notes"));
    assertThat(articles.deleteByTitle("notes")).isEqualTo(notes);
    assertThat(articles.findByTitle("notes")).isEmpty();
    articles.removeByLikesIsNull();
    assertThat(articles.count(Query.where("likes").isNull())).isZero();
  }

  @OnEachDatabase
  void methodsThatCannotBeQueriesFailAtCreationNamingWhatIsWrong(TestDatabase db) {
    fill(db);

    assertThatThrownBy(
            () ->
                new RepositoryFactory(
                        QueryModels.registry(),
                        db.dataSource(),
                        new DataSourceTransactionManager(db.dataSource()))
                    .create(IllFormedRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining(
            "derived query IllFormedRepository.findByTitel: its name does not parse as a query on"
                + " Article: No property 'titel' found for type 'Article'")
        .hasMessageContaining(
            "its attributes are [id, title, likes, publishedOn, writerId], its associations [writer,"
                + " remarks, labels]")
        .hasMessageContaining(
            "findByTitleAndLikes: its name takes 2 values, but it has 1 parameters besides Pageable,"
                + " Sort and Limit")
        .hasMessageContaining(
            "findByLikes: its parameter #1 (String) does not fit 'likes', which holds Integer")
        .hasMessageContaining(
            "findByTitleStartingWith: it must return Article, or a List, Set, Optional, Page, Slice"
                + " or Stream of it, not Collection<String>")
        .hasMessageContaining(
            "findPageByLikes: it returns a Page, so it needs a Pageable parameter")
        .hasMessageContaining(
            "findByTitleRegex: its keyword MatchesRegex on 'title' is not supported — supported are"
                + " [Between, NotNull, Null, LessThan")
        .hasMessageContaining("findByLikesIsNull: its @Includes cannot include 'writr'")
        .hasMessageContaining(
            "findByLikesIgnoreCase: it ignores case on 'likes', which holds Integer; only text has"
                + " case")
        .hasMessageContaining(
            "findByTitleInIgnoreCase: it ignores case on 'title' with In, which compares as stored");
  }
}
