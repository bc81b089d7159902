package dev.associations.repository;

import static dev.associations.repository.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.associations.repository.QueryModels.Article;
import dev.associations.repository.QueryModels.ArticleRepository;
import dev.associations.repository.QueryModels.Label;
import dev.associations.repository.QueryModels.LabelRepository;
import dev.associations.repository.QueryModels.Writer;
import dev.associations.repository.QueryModels.WriterRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Filtered, ordered and per-parent limited includes on real rows: 25 writers with 0 to 30 articles
 * each (likes from 0 to 5, so ties are many), 0 to 5 remarks per article, 0 to 3 labels. Every
 * answer is compared with the one computed in plain Java from all rows, and every load costs one
 * statement per level.
 */
class IncludeOptionsIntegrationTest {

  record A(long id, long writerId, int likes) {}

  record R(long id, long articleId, boolean approved) {}

  private final List<A> articles = new ArrayList<>();
  private final List<R> remarks = new ArrayList<>();
  private final List<long[]> articleLabels = new ArrayList<>();

  private CountingDataSource dataSource;
  private WriterRepository writers;
  private LabelRepository labels;
  private ArticleRepository articleRepository;

  private void setUp(TestDatabase db) {
    new SchemaGenerator(QueryModels.registry(), db.dialect()).create(db.dataSource());
    Random random = new Random(13);
    long articleId = 0;
    for (long writer = 1; writer <= 25; writer++) {
      int count = writer == 25 ? 30 : writer == 24 ? 0 : random.nextInt(31);
      for (int i = 0; i < count; i++) {
        A article = new A(++articleId, writer, random.nextInt(6));
        articles.add(article);
        for (int r = random.nextInt(6); r > 0; r--) {
          remarks.add(new R(remarks.size() + 1, article.id, random.nextBoolean()));
        }
        for (long label = 1; label <= 3; label++) {
          if (random.nextInt(3) == 0) {
            articleLabels.add(new long[] {article.id, label});
          }
        }
      }
    }
    db.jdbc()
        .batchUpdate(
            "INSERT INTO writers (id, name) VALUES (?, ?)",
            Stream.iterate(1L, w -> w + 1).limit(25).map(w -> new Object[] {w, "w" + w}).toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO articles (id, title, likes, writer_id) VALUES (?, ?, ?, ?)",
            articles.stream()
                .map(a -> new Object[] {a.id, "a" + a.id, a.likes, a.writerId})
                .toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO remarks (id, body, approved, article_id) VALUES (?, ?, ?, ?)",
            remarks.stream()
                .map(r -> new Object[] {r.id, "r" + r.id, r.approved, r.articleId})
                .toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO labels (id, name) VALUES (?, ?)",
            List.of(new Object[] {1, "java"}, new Object[] {2, "sql"}, new Object[] {3, "news"}));
    db.jdbc()
        .batchUpdate(
            "INSERT INTO articles_labels (article_id, label_id) VALUES (?, ?)",
            articleLabels.stream().map(p -> new Object[] {p[0], p[1]}).toList());
    dataSource = new CountingDataSource(db.dataSource());
    RepositoryFactory factory =
        new RepositoryFactory(
            QueryModels.registry(), dataSource, new DataSourceTransactionManager(dataSource));
    writers = factory.create(WriterRepository.class);
    labels = factory.create(LabelRepository.class);
    articleRepository = factory.create(ArticleRepository.class);
  }

  private static final Comparator<A> MOST_LIKED =
      Comparator.comparingInt(A::likes).reversed().thenComparingLong(A::id);

  /** Each writer's articles meeting the filter, in this order, skipping and limiting per writer. */
  private Map<Long, List<Long>> expected(
      Predicate<A> filter, Comparator<A> order, int offset, int limit) {
    return Stream.iterate(1L, w -> w + 1)
        .limit(25)
        .collect(
            Collectors.toMap(
                Function.identity(),
                w ->
                    articles.stream()
                        .filter(a -> a.writerId == w)
                        .filter(filter)
                        .sorted(order)
                        .skip(offset)
                        .limit(limit)
                        .map(A::id)
                        .toList()));
  }

  private static Map<Long, List<Long>> loaded(List<Writer> found) {
    return found.stream()
        .collect(Collectors.toMap(w -> w.id, w -> w.articles.stream().map(a -> a.id).toList()));
  }

  private List<Writer> load(Query query, int statements) {
    dataSource.reset();
    List<Writer> found = writers.findAll(query);
    assertThat(dataSource.statements()).as("statements of %s", query).isEqualTo(statements);
    return found;
  }

  @OnEachDatabase
  void theTopThreePerParentWithTiesBrokenByKey(TestDatabase db) {
    setUp(db);

    List<Writer> found =
        load(
            Query.all()
                .orderBy("id")
                .include("articles", a -> a.orderByDescending("likes").limit(3)),
            2);

    assertThat(found).hasSize(25);
    assertThat(loaded(found)).isEqualTo(expected(a -> true, MOST_LIKED, 0, 3));
    assertThat(found).anySatisfy(w -> assertThat(w.articles).isEmpty());
  }

  @OnEachDatabase
  void anOffsetPerParent(TestDatabase db) {
    setUp(db);

    assertThat(
            loaded(
                load(
                    Query.all()
                        .include(
                            "articles",
                            a -> a.orderBy("likes").orderByDescending("id").offset(2).limit(4)),
                    2)))
        .isEqualTo(
            expected(
                a -> true,
                Comparator.comparingInt(A::likes)
                    .thenComparing(Comparator.comparingLong(A::id).reversed()),
                2,
                4));
    assertThat(loaded(load(Query.all().include("articles", a -> a.offset(28)), 2)))
        .isEqualTo(expected(a -> true, Comparator.comparingLong(A::id), 28, Integer.MAX_VALUE));
  }

  @OnEachDatabase
  void aWhereMakesTheIncludeRequiredUnlessOptional(TestDatabase db) {
    setUp(db);
    Predicate<A> liked = a -> a.likes == 5;
    Map<Long, List<Long>> all =
        expected(liked, Comparator.comparingLong(A::id), 0, Integer.MAX_VALUE);
    Map<Long, List<Long>> withSome =
        all.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(withSome.size()).as("some writers have no article with 5 likes").isBetween(1, 24);

    Query required =
        Query.all().orderBy("id").include("articles", a -> a.where(where("likes").is(5)));
    assertThat(loaded(load(required, 2))).isEqualTo(withSome);
    assertThat(writers.count(required)).isEqualTo(withSome.size());
    assertThat(load(required.limit(2).offset(1), 2))
        .extracting(w -> w.id)
        .containsExactlyElementsOf(withSome.keySet().stream().sorted().skip(1).limit(2).toList());
    assertThat(
            loaded(
                load(
                    Query.all().include("articles", a -> a.where(where("likes").is(5)).optional()),
                    2)))
        .isEqualTo(all);
    assertThat(load(Query.all().include("articles", Include::required), 2))
        .extracting(w -> w.id)
        .containsExactlyInAnyOrderElementsOf(
            articles.stream().map(A::writerId).distinct().toList());
  }

  /** Includes nested in options without options of their own load too, from the plan cache. */
  @OnEachDatabase
  void nestedIncludesWithoutOptions(TestDatabase db) {
    setUp(db);

    List<Writer> found =
        load(Query.all().orderBy("id").include("articles", a -> a.include("remarks", r -> r)), 3);

    assertThat(found)
        .allSatisfy(
            w ->
                assertThat(w.articles)
                    .allSatisfy(
                        a ->
                            assertThat(a.remarks)
                                .extracting(r -> r.id)
                                .containsExactlyInAnyOrderElementsOf(
                                    remarks.stream()
                                        .filter(r -> r.articleId == a.id)
                                        .map(R::id)
                                        .toList())));
    assertThat(found.stream().flatMap(w -> w.articles.stream())).hasSize(articles.size());
  }

  @OnEachDatabase
  void nestedLimitedAndRequiredIncludes(TestDatabase db) {
    setUp(db);

    List<Writer> found =
        load(
            Query.all()
                .orderBy("id")
                .include(
                    "articles",
                    a ->
                        a.orderByDescending("likes")
                            .limit(2)
                            .include(
                                "remarks",
                                r ->
                                    r.where(where("approved").is(true))
                                        .orderByDescending("id")
                                        .limit(1))),
            3);

    for (Writer writer : found) {
      List<Long> expectedArticles =
          articles.stream()
              .filter(a -> a.writerId == writer.id)
              .filter(a -> remarks.stream().anyMatch(r -> r.articleId == a.id && r.approved))
              .sorted(MOST_LIKED)
              .limit(2)
              .map(A::id)
              .toList();
      assertThat(writer.articles)
          .as("articles of writer %s", writer.id)
          .extracting(a -> a.id)
          .containsExactlyElementsOf(expectedArticles);
      for (Article article : writer.articles) {
        assertThat(article.remarks)
            .extracting(r -> r.id)
            .containsExactly(
                remarks.stream()
                    .filter(r -> r.articleId == article.id && r.approved)
                    .mapToLong(R::id)
                    .max()
                    .orElseThrow());
      }
    }
    assertThat(found).hasSize(25).anySatisfy(w -> assertThat(w.articles).isNotEmpty());
  }

  @OnEachDatabase
  void aBelongsToManyLimitedPerParentThroughItsJoinTable(TestDatabase db) {
    setUp(db);

    dataSource.reset();
    List<Label> found =
        labels.findAll(
            Query.all()
                .orderBy("id")
                .include("articles", a -> a.orderByDescending("likes").limit(5)));

    assertThat(dataSource.statements()).isEqualTo(2);
    for (Label label : found) {
      assertThat(label.articles)
          .as("articles of label %s", label.name)
          .extracting(a -> a.id)
          .containsExactlyElementsOf(
              articles.stream()
                  .filter(
                      a -> articleLabels.stream().anyMatch(p -> p[0] == a.id && p[1] == label.id))
                  .sorted(MOST_LIKED)
                  .limit(5)
                  .map(A::id)
                  .toList());
    }
    List<Article> labelled =
        articleRepository.findAll(
            Query.where("id")
                .lessThan(40L)
                .orderBy("id")
                .include("labels", l -> l.orderByDescending("name").limit(1)));
    for (Article article : labelled) {
      assertThat(article.labels)
          .extracting(l -> l.name)
          .containsExactlyElementsOf(
              articleLabels.stream()
                  .filter(p -> p[0] == article.id)
                  .map(p -> List.of("java", "sql", "news").get((int) p[1] - 1))
                  .sorted(Comparator.reverseOrder())
                  .limit(1)
                  .toList());
    }
  }

  /**
   * A to-one include with a where joins only a matching row; required (the default with a where)
   * drops the others.
   */
  @OnEachDatabase
  void aToOneIncludeWithACondition(TestDatabase db) {
    setUp(db);
    Condition odd = where("id").in(1L, 3L, 5L, 7L, 9L);

    dataSource.reset();
    List<Article> required =
        articleRepository.findAll(
            Query.where("likes").greaterThan(2).orderBy("id").include("writer", w -> w.where(odd)));
    List<Article> optional =
        articleRepository.findAll(
            Query.where("likes")
                .greaterThan(2)
                .orderBy("id")
                .include("writer", w -> w.where(odd).optional()));

    assertThat(dataSource.statements()).isEqualTo(2);
    assertThat(required)
        .extracting(a -> a.id)
        .containsExactlyElementsOf(
            articles.stream()
                .filter(a -> a.likes > 2 && a.writerId % 2 == 1 && a.writerId < 10)
                .map(A::id)
                .toList());
    assertThat(required).allSatisfy(a -> assertThat(a.writer.id % 2).isEqualTo(1));
    assertThat(optional)
        .extracting(a -> a.id + ":" + (a.writer == null ? null : a.writer.id))
        .containsExactlyElementsOf(
            articles.stream()
                .filter(a -> a.likes > 2)
                .map(a -> a.id + ":" + (a.writerId % 2 == 1 && a.writerId < 10 ? a.writerId : null))
                .toList());
    // an optional to-one whose own include is required comes back null when that one has no row:
    // roots stay
    List<Article> optionalWriter =
        articleRepository.findAll(
            Query.where("id")
                .lessThan(60L)
                .orderBy("id")
                .include(
                    "writer",
                    w -> w.optional().include("articles", a -> a.where(where("likes").is(5)))));
    assertThat(optionalWriter)
        .extracting(a -> a.id)
        .containsExactlyElementsOf(articles.stream().filter(a -> a.id < 60).map(A::id).toList());
    assertThat(optionalWriter)
        .allSatisfy(
            a ->
                assertThat(a.writer != null)
                    .isEqualTo(
                        articles.stream()
                            .anyMatch(
                                o ->
                                    o.writerId == articles.get(a.id.intValue() - 1).writerId
                                        && o.likes == 5)));
    // below a to-many include, with a value in the join and one in the key condition
    List<Writer> found =
        load(
            Query.all()
                .orderBy("id")
                .include(
                    "articles",
                    a ->
                        a.where(where("likes").is(4))
                            .limit(2)
                            .include("writer", w -> w.where(where("name").is("w3")).optional())),
            2);
    assertThat(found)
        .allSatisfy(
            w ->
                assertThat(w.articles)
                    .allSatisfy(a -> assertThat(a.writer == null).isEqualTo(w.id != 3)));
    assertThat(loaded(found))
        .isEqualTo(
            expected(a -> a.likes == 4, Comparator.comparingLong(A::id), 0, 2).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  /** Past 1,000 parents, IN lists (MariaDB) split into chunks: each chunk pages its own parents. */
  @OnEachDatabase
  void aPagedIncludePastAThousandParents(TestDatabase db) {
    setUp(db);
    db.jdbc()
        .batchUpdate(
            "INSERT INTO writers (id, name) VALUES (?, ?)",
            LongStream.rangeClosed(26, 1_200).mapToObj(w -> new Object[] {w, "w" + w}).toList());
    List<Object[]> more = new ArrayList<>();
    for (long writer = 26; writer <= 1_200; writer++) {
      for (int i = 0; i < writer % 4; i++) {
        A article = new A(articles.size() + 1, writer, (int) ((writer + i) % 6));
        articles.add(article);
        more.add(new Object[] {article.id, "a" + article.id, article.likes, article.writerId});
      }
    }
    db.jdbc()
        .batchUpdate(
            "INSERT INTO articles (id, title, likes, writer_id) VALUES (?, ?, ?, ?)", more);
    boolean arrays = db.dialect().supportsArrayParameters();

    List<Writer> found =
        load(
            Query.all().include("articles", a -> a.orderByDescending("likes").limit(2)),
            arrays ? 2 : 3);

    assertThat(found).hasSize(1_200);
    assertThat(loaded(found))
        .isEqualTo(
            LongStream.rangeClosed(1, 1_200)
                .boxed()
                .collect(
                    Collectors.toMap(
                        Function.identity(),
                        w ->
                            articles.stream()
                                .filter(a -> a.writerId == w)
                                .sorted(MOST_LIKED)
                                .limit(2)
                                .map(A::id)
                                .toList())));
  }

  @OnEachDatabase
  void optionsThatMakeNoSenseFailBeforeAnyStatement(TestDatabase db) {
    setUp(db);
    dataSource.reset();

    assertThat(
            catchThrowable(
                () -> articleRepository.findAll(Query.all().include("writer", w -> w.limit(1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "cannot include 'writer' with orderBy,"
                + " limit or offset: Article.writer is a BelongsTo, which loads one row per parent");
    assertThat(
            catchThrowable(
                () -> writers.findAll(Query.all().include("articles", a -> a.orderBy("rating")))))
        .hasMessage(
            "include 'articles': cannot resolve 'rating' on Writer: Article has no attribute 'rating'; its"
                + " attributes are [id,"
                + " title, likes, publishedOn, writerId], its associations [writer, remarks, labels]");
    assertThat(
            catchThrowable(
                () ->
                    writers.findAll(
                        Query.all()
                            .include("articles", a -> a.limit(1))
                            .include("articles", a -> a.limit(2)))))
        .hasMessage(
            "cannot include 'articles' twice with different options:"
                + " give Writer.articles its options once");
    assertThat(
            catchThrowable(
                () ->
                    writers.findAll(Query.all().include("articles", a -> a.orderBy("remarks.id")))))
        .hasMessageStartingWith("include 'articles': cannot order Article by 'remarks.id'");
    assertThat(
            catchThrowable(() -> writers.findAll(Query.all().include("articlez", a -> a.limit(1)))))
        .hasMessageStartingWith("cannot include 'articlez': Writer has no association 'articlez'");
    assertThat(dataSource.statements()).isZero();
    assertThat(catchThrowable(() -> Query.all().include("articles", a -> a.limit(-1))))
        .hasMessage("limit must not be negative: -1");
  }
}
