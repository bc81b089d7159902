package dev.associations.repository;

import static dev.associations.repository.Condition.allOf;
import static dev.associations.repository.Condition.anyOf;
import static dev.associations.repository.Condition.has;
import static dev.associations.repository.Condition.hasNone;
import static dev.associations.repository.Condition.not;
import static dev.associations.repository.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.associations.repository.QueryModels.Article;
import dev.associations.repository.QueryModels.ArticleRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The query language on real rows: every operator, {@code allOf} / {@code anyOf} / {@code not} with
 * SQL's NULL semantics, and paths through every kind of association. Each query's answer is
 * compared with the same question asked in plain Java of the rows it inserted (text equality and
 * LIKE following the database's collation: case-insensitive on MariaDB's default one).
 */
class QueryIntegrationTest {

  record W(long id, String name, LocalDate born) {}

  record A(long id, String title, Integer likes, LocalDate publishedOn, Long writerId) {}

  record R(long id, String body, Boolean approved, long articleId, Long authorId) {}

  private static final List<String> TITLES =
      List.of(
          "Java tips",
          "java news",
          "50% off",
          "snake_case",
          "back\\slash",
          "SQL joins",
          "Sql Dates",
          "notes",
          "100%_sure",
          "a_b%c\\d",
          "wow!",
          "a!%b");
  private static final List<String> BODIES =
      List.of("great", "Great read", "meh", "100% agree", "not great");

  private final List<W> writers =
      List.of(
          new W(1, "Ann", LocalDate.of(1980, 1, 1)),
          new W(2, "Bob", LocalDate.of(1990, 5, 5)),
          new W(3, null, LocalDate.of(2000, 1, 1)),
          new W(4, "ann", null));
  private final List<String> labels = List.of("java", "sql", "news");
  private final List<A> articles = new ArrayList<>();
  private final List<R> remarks = new ArrayList<>();
  private final List<long[]> articleLabels = new ArrayList<>();

  private TestDatabase db;
  private CountingDataSource dataSource;
  private ArticleRepository repository;

  /**
   * 60 articles with random attributes, 0 to 4 remarks each, 0 to 3 labels each; NULLs everywhere.
   */
  private void setUp(TestDatabase database) {
    db = database;
    new SchemaGenerator(QueryModels.registry(), db.dialect()).create(db.dataSource());
    Random random = new Random(12);
    for (long id = 1; id <= 60; id++) {
      articles.add(
          new A(
              id,
              random.nextInt(8) == 0 ? null : TITLES.get(random.nextInt(TITLES.size())),
              random.nextInt(6) == 0 ? null : random.nextInt(31),
              random.nextInt(6) == 0
                  ? null
                  : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600)),
              random.nextInt(7) == 0 ? null : (long) (1 + random.nextInt(writers.size()))));
      int count = random.nextInt(5);
      for (int i = 0; i < count; i++) {
        remarks.add(
            new R(
                remarks.size() + 1,
                random.nextInt(6) == 0 ? null : BODIES.get(random.nextInt(BODIES.size())),
                random.nextInt(4) == 0 ? null : random.nextBoolean(),
                id,
                random.nextInt(5) == 0 ? null : (long) (1 + random.nextInt(writers.size()))));
      }
      for (int label = 1; label <= labels.size(); label++) {
        if (random.nextInt(3) == 0) {
          articleLabels.add(new long[] {id, label});
        }
      }
    }
    db.jdbc()
        .batchUpdate(
            "INSERT INTO writers (id, name, born) VALUES (?, ?, ?)",
            writers.stream().map(w -> new Object[] {w.id, w.name, w.born}).toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO articles (id, title, likes, published_on, writer_id) VALUES (?, ?, ?, ?, ?)",
            articles.stream()
                .map(a -> new Object[] {a.id, a.title, a.likes, a.publishedOn, a.writerId})
                .toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO remarks (id, body, approved, article_id, author_id) VALUES (?, ?, ?, ?, ?)",
            remarks.stream()
                .map(r -> new Object[] {r.id, r.body, r.approved, r.articleId, r.authorId})
                .toList());
    db.jdbc()
        .batchUpdate(
            "INSERT INTO labels (id, name) VALUES (?, ?)",
            List.of(
                new Object[] {1, labels.get(0)},
                new Object[] {2, labels.get(1)},
                new Object[] {3, labels.get(2)}));
    db.jdbc()
        .batchUpdate(
            "INSERT INTO articles_labels (article_id, label_id) VALUES (?, ?)",
            articleLabels.stream().map(p -> new Object[] {p[0], p[1]}).toList());
    dataSource = new CountingDataSource(db.dataSource());
    repository =
        new RepositoryFactory(
                QueryModels.registry(), dataSource, new DataSourceTransactionManager(dataSource))
            .create(ArticleRepository.class);
  }

  /**
   * The query finds exactly the articles the Java predicate accepts, and counts them, in one
   * statement each.
   */
  private void check(Query query, Predicate<A> expected) {
    List<Long> wanted = articles.stream().filter(expected).map(A::id).toList();
    dataSource.reset();
    assertThat(repository.findAll(query.orderBy("id")))
        .as("%s", query)
        .extracting(a -> a.id)
        .containsExactlyElementsOf(wanted);
    assertThat(repository.count(query)).as("count of %s", query).isEqualTo(wanted.size());
    assertThat(dataSource.statements()).isEqualTo(2);
  }

  // ---------------------------------------------------------------------------------------------
  // text as the database compares it

  private boolean caseSensitive() {
    return db.kind() != DatabaseKind.MARIADB;
  }

  private String folded(String text) {
    return text == null || caseSensitive() ? text : text.toLowerCase(Locale.ROOT);
  }

  private boolean same(String a, String b) {
    return a != null && b != null && folded(a).equals(folded(b));
  }

  private boolean startsWith(String text, String prefix, boolean ignoreCase) {
    return text != null
        && (ignoreCase
            ? text.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))
            : folded(text).startsWith(folded(prefix)));
  }

  private boolean endsWith(String text, String suffix, boolean ignoreCase) {
    return text != null
        && (ignoreCase
            ? text.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))
            : folded(text).endsWith(folded(suffix)));
  }

  private boolean contains(String text, String part, boolean ignoreCase) {
    return text != null
        && (ignoreCase
            ? text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT))
            : folded(text).contains(folded(part)));
  }

  // the associations, in Java

  private W writer(A article) {
    return article.writerId == null ? null : writers.get((int) (long) article.writerId - 1);
  }

  private List<R> remarksOf(A article) {
    return remarks.stream().filter(r -> r.articleId == article.id).toList();
  }

  private List<String> labelsOf(A article) {
    return articleLabels.stream()
        .filter(p -> p[0] == article.id)
        .map(p -> labels.get((int) p[1] - 1))
        .toList();
  }

  private static int likes(A article) {
    return Objects.requireNonNull(article.likes);
  }

  // ---------------------------------------------------------------------------------------------

  @OnEachDatabase
  void comparisons(TestDatabase database) {
    setUp(database);

    check(Query.where("likes").is(7), a -> a.likes != null && a.likes == 7);
    check(Query.where("likes").is(7L), a -> a.likes != null && a.likes == 7);
    check(Query.where("likes").isNot(7), a -> a.likes != null && a.likes != 7);
    check(
        Query.where("likes").in(List.of(1, 2, 3)),
        a -> a.likes != null && a.likes >= 1 && a.likes <= 3);
    check(
        Query.where("likes").notIn(List.of(1, 2, 3)),
        a -> a.likes != null && (a.likes < 1 || a.likes > 3));
    check(Query.where("likes").in(List.of()), a -> false);
    check(Query.where("likes").notIn(List.of()), a -> true);
    check(Query.where("likes").isNull(), a -> a.likes == null);
    check(Query.where("likes").isNotNull(), a -> a.likes != null);
    check(Query.where("likes").greaterThan(20), a -> a.likes != null && likes(a) > 20);
    check(Query.where("likes").greaterThanOrEqual(20), a -> a.likes != null && likes(a) >= 20);
    check(Query.where("likes").lessThan(5), a -> a.likes != null && likes(a) < 5);
    check(Query.where("likes").lessThanOrEqual(5), a -> a.likes != null && likes(a) <= 5);
    check(
        Query.where("likes").between(10, 12),
        a -> a.likes != null && likes(a) >= 10 && likes(a) <= 12);
    check(Query.where("likes").between(12, 12), a -> a.likes != null && likes(a) == 12);
    LocalDate from = LocalDate.of(2025, 6, 1);
    LocalDate to = LocalDate.of(2025, 12, 31);
    check(
        Query.where("publishedOn").between(from, to),
        a -> a.publishedOn != null && !a.publishedOn.isBefore(from) && !a.publishedOn.isAfter(to));
    check(
        Query.where("publishedOn").lessThan(from),
        a -> a.publishedOn != null && a.publishedOn.isBefore(from));
  }

  @OnEachDatabase
  void textAndLikeEscaping(TestDatabase database) {
    setUp(database);

    check(Query.where("title").is("java news"), a -> same(a.title, "java news"));
    check(
        Query.where("title").isIgnoreCase("JAVA NEWS"),
        a -> a.title != null && a.title.equalsIgnoreCase("java news"));
    check(Query.where("title").like("J%"), a -> startsWith(a.title, "J", false));
    check(Query.where("title").like("%\\%%"), a -> contains(a.title, "%", false));
    check(
        Query.where("title").likeIgnoreCase("s_l%"),
        a -> a.title != null && a.title.toLowerCase(Locale.ROOT).matches("s.l.*"));
    check(Query.where("title").startsWith("Java"), a -> startsWith(a.title, "Java", false));
    check(
        Query.where("title").startsWithIgnoreCase("java"), a -> startsWith(a.title, "java", true));
    check(Query.where("title").endsWith("s"), a -> endsWith(a.title, "s", false));
    check(Query.where("title").endsWithIgnoreCase("S"), a -> endsWith(a.title, "s", true));
    check(Query.where("title").contains("o"), a -> contains(a.title, "o", false));
    check(Query.where("title").containsIgnoreCase("SQL"), a -> contains(a.title, "sql", true));
    // %, _ and \ match themselves, and only themselves
    for (String literal :
        List.of("%", "_", "\\", "!", "0%", "%_", "_s", "a_b%c\\d", "%c\\", "!%", "w!")) {
      check(Query.where("title").contains(literal), a -> contains(a.title, literal, false));
      check(Query.where("title").startsWith(literal), a -> startsWith(a.title, literal, false));
      check(
          Query.where("title").endsWithIgnoreCase(literal), a -> endsWith(a.title, literal, true));
    }
    // like(): a backslash escapes, as in SQL; an exclamation mark is a plain character
    check(Query.where("title").like("%\\_%"), a -> contains(a.title, "_", false));
    check(Query.where("title").like("%!%"), a -> contains(a.title, "!", false));
    check(Query.where("title").like("a!\\%b"), a -> same(a.title, "a!%b"));
    assertThat(articles)
        .as("the data has titles with %, _, \\ and !")
        .extracting(A::title)
        .contains("50% off", "snake_case", "back\\slash", "a_b%c\\d", "wow!", "a!%b");
  }

  @OnEachDatabase
  void allOfAnyOfAndNotWithNulls(TestDatabase database) {
    setUp(database);

    check(
        Query.where(allOf(where("likes").greaterThan(10), where("title").isNotNull())),
        a -> a.likes != null && likes(a) > 10 && a.title != null);
    check(
        Query.where(anyOf(where("likes").greaterThan(25), where("title").is("notes"))),
        a -> a.likes != null && likes(a) > 25 || same(a.title, "notes"));
    // NOT of an unknown is unknown: a NULL likes matches neither "likes = 7" nor its negation
    check(Query.where(not(where("likes").is(7))), a -> a.likes != null && likes(a) != 7);
    check(
        Query.where(not(anyOf(where("likes").greaterThan(10), where("title").is("notes")))),
        a -> a.likes != null && likes(a) <= 10 && a.title != null && !same(a.title, "notes"));
    check(
        Query.where(not(allOf(where("likes").greaterThan(10), where("likes").lessThan(20)))),
        a -> a.likes != null && (likes(a) <= 10 || likes(a) >= 20));
    check(Query.where(anyOf(where("likes").isNull(), not(where("likes").isNull()))), a -> true);
    check(Query.where(anyOf()), a -> false);
    check(Query.where(allOf()), a -> true);
    check(
        Query.where(
            where("likes")
                .lessThan(3)
                .or(where("likes").greaterThan(28))
                .and(where("writerId").is(1L))),
        a -> a.likes != null && (likes(a) < 3 || likes(a) > 28) && Objects.equals(a.writerId, 1L));
    check(
        Query.where("likes")
            .greaterThan(5)
            .and("likes")
            .lessThan(9)
            .and(not(where("publishedOn").isNull())),
        a -> a.likes != null && likes(a) > 5 && likes(a) < 9 && a.publishedOn != null);
    check(
        Query.where(allOf(List.of(where("likes").in(1, 2, 3), where("title").isNotNull()))),
        a -> a.likes != null && likes(a) >= 1 && likes(a) <= 3 && a.title != null);
    check(
        Query.where(
            anyOf(
                List.of(
                    where("likes").notIn(0, 30).and("likes").lessThan(3),
                    where("likes").isNull()))),
        a -> a.likes == null || likes(a) > 0 && likes(a) < 3);
    check(
        Query.where(where("likes").is(4).or("likes").is(5).or("title").is("notes")),
        a -> a.likes != null && (likes(a) == 4 || likes(a) == 5) || same(a.title, "notes"));
    // a to-one path without a row reads NULL: unknown, and its negation too
    check(
        Query.where(not(where("writer.name").is("Bob"))),
        a -> writer(a) != null && writer(a).name != null && !same(writer(a).name, "Bob"));
    assertThat(where("likes").is(1).and(where("likes").is(2)).and(where("likes").is(3)))
        .as("and() flattens")
        .isEqualTo(allOf(where("likes").is(1), where("likes").is(2), where("likes").is(3)))
        .hasToString("allOf(likes is 1 and likes is 2 and likes is 3)");
    assertThat(where("title").in("a", "b").or("title").startsWith("c'"))
        .hasToString("anyOf(title in ['a', 'b'] or title startsWith 'c'')");
  }

  @OnEachDatabase
  void pathsThroughEveryKindOfAssociation(TestDatabase database) {
    setUp(database);

    // to-one: the writer's attributes read as the article's, NULL without a writer
    check(
        Query.where("writer.name").is("Bob"),
        a -> writer(a) != null && same(writer(a).name, "Bob"));
    check(Query.where("writer.name").isNull(), a -> writer(a) == null || writer(a).name == null);
    check(
        Query.where("writer.name").isNot("Bob"),
        a -> writer(a) != null && writer(a).name != null && !same(writer(a).name, "Bob"));
    check(
        Query.where("writer.born").lessThan(LocalDate.of(1995, 1, 1)).and("likes").greaterThan(10),
        a ->
            writer(a) != null
                && writer(a).born != null
                && writer(a).born.getYear() < 1995
                && a.likes != null
                && likes(a) > 10);
    // to-many: at least one remark
    check(
        Query.where("remarks.body").contains("great"),
        a -> remarksOf(a).stream().anyMatch(r -> contains(r.body, "great", false)));
    check(
        Query.where(not(where("remarks.body").containsIgnoreCase("great"))),
        a -> remarksOf(a).stream().noneMatch(r -> contains(r.body, "great", true)));
    // two conditions on one path: each on its own row; has(...) for one row meeting both
    check(
        Query.where("remarks.approved").is(true).and("remarks.body").is("meh"),
        a ->
            remarksOf(a).stream().anyMatch(r -> Boolean.TRUE.equals(r.approved))
                && remarksOf(a).stream().anyMatch(r -> same(r.body, "meh")));
    check(
        Query.whereHas("remarks", allOf(where("approved").is(true), where("body").is("meh"))),
        a ->
            remarksOf(a).stream()
                .anyMatch(r -> Boolean.TRUE.equals(r.approved) && same(r.body, "meh")));
    // to-many, then to-one
    check(
        Query.where("remarks.author.name").is("Ann"),
        a ->
            remarksOf(a).stream()
                .anyMatch(
                    r ->
                        r.authorId != null
                            && same(writers.get((int) (long) r.authorId - 1).name, "Ann")));
    // to-one, then to-many: articles whose writer wrote some article with more than 28 likes
    check(
        Query.where("writer.articles.likes").greaterThan(28),
        a ->
            writer(a) != null
                && articles.stream()
                    .anyMatch(
                        other ->
                            Objects.equals(other.writerId, a.writerId)
                                && other.likes != null
                                && likes(other) > 28));
    // BelongsToMany, through its join table
    check(Query.where("labels.name").is("sql"), a -> labelsOf(a).contains("sql"));
    check(
        Query.where("labels.name").in(List.of("sql", "news")).and("labels.name").is("java"),
        a ->
            (labelsOf(a).contains("sql") || labelsOf(a).contains("news"))
                && labelsOf(a).contains("java"));
    check(
        Query.where(anyOf(where("labels.name").is("news"), where("writer.name").is("Ann"))),
        a -> labelsOf(a).contains("news") || writer(a) != null && same(writer(a).name, "Ann"));
  }

  @OnEachDatabase
  void hasAndHasNone(TestDatabase database) {
    setUp(database);

    check(Query.whereHas("remarks"), a -> !remarksOf(a).isEmpty());
    check(Query.whereHasNone("remarks"), a -> remarksOf(a).isEmpty());
    check(Query.whereHas("labels"), a -> !labelsOf(a).isEmpty());
    check(Query.whereHas("writer"), a -> a.writerId != null);
    check(Query.whereHasNone("writer"), a -> a.writerId == null);
    check(
        Query.whereHas("remarks.author"),
        a -> remarksOf(a).stream().anyMatch(r -> r.authorId != null));
    check(
        Query.whereHas("remarks", where("approved").isNull()),
        a -> remarksOf(a).stream().anyMatch(r -> r.approved == null));
    check(
        Query.where(hasNone("remarks", where("approved").is(false))),
        a -> remarksOf(a).stream().noneMatch(r -> Boolean.FALSE.equals(r.approved)));
    check(
        Query.where(has("remarks", has("author", where("name").is("Bob"))).and(hasNone("labels"))),
        a ->
            remarksOf(a).stream().anyMatch(r -> r.authorId != null && r.authorId == 2)
                && labelsOf(a).isEmpty());
    check(
        Query.whereHas("writer", where("articles.likes").isNull()),
        a ->
            writer(a) != null
                && articles.stream()
                    .anyMatch(o -> Objects.equals(o.writerId, a.writerId) && o.likes == null));
  }

  /**
   * NULL sorts lowest on every database: first ascending, last descending, also through a to-one
   * path.
   */
  @OnEachDatabase
  void nullsSortLowestEverywhere(TestDatabase database) {
    setUp(database);
    Comparator<A> byLikes =
        Comparator.comparing(A::likes, Comparator.nullsFirst(Comparator.naturalOrder()));
    Comparator<A> byBorn =
        Comparator.comparing(
            a -> writer(a) == null ? null : writer(a).born,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    assertThat(repository.findAll(Query.all().orderBy("likes").orderBy("id")))
        .extracting(a -> a.id)
        .containsExactlyElementsOf(
            articles.stream().sorted(byLikes.thenComparing(A::id)).map(A::id).toList());
    assertThat(repository.findAll(Query.all().orderByDescending("likes").orderBy("id")))
        .extracting(a -> a.id)
        .containsExactlyElementsOf(
            articles.stream().sorted(byLikes.reversed().thenComparing(A::id)).map(A::id).toList());
    assertThat(
            repository.findAll(
                Query.all().orderByDescending("writer.born").orderBy("id").limit(20)))
        .extracting(a -> a.id)
        .containsExactlyElementsOf(
            articles.stream()
                .sorted(byBorn.reversed().thenComparing(A::id))
                .limit(20)
                .map(A::id)
                .toList());
    assertThat(articles).anySatisfy(a -> assertThat(a.likes).isNull());
  }

  /** Ordering by a to-one path; dates break no ties here, ids do. */
  @OnEachDatabase
  void orderingByAToOnePath(TestDatabase database) {
    setUp(database);
    Query query =
        Query.where("writer.born").isNotNull().orderByDescending("writer.born").orderBy("id");

    List<Article> found = repository.findAll(query);

    List<Long> expected =
        articles.stream()
            .filter(a -> writer(a) != null && writer(a).born != null)
            .sorted(
                (x, y) ->
                    writer(y).born.compareTo(writer(x).born) != 0
                        ? writer(y).born.compareTo(writer(x).born)
                        : Long.compare(x.id, y.id))
            .map(A::id)
            .toList();
    assertThat(found).extracting(a -> a.id).containsExactlyElementsOf(expected);
    Map<Long, Long> byWriter =
        articles.stream()
            .filter(a -> a.writerId != null)
            .collect(Collectors.groupingBy(A::writerId, Collectors.counting()));
    assertThat(byWriter)
        .as("several articles per writer")
        .allSatisfy((w, n) -> assertThat(n).isGreaterThan(1));
  }

  /** Bad queries fail before any statement, naming the model, the step and what would be valid. */
  @OnEachDatabase
  void badQueriesFailBeforeAnyStatementWithTheValidNames(TestDatabase database) {
    setUp(database);
    Map<Query, String> messages =
        Map.ofEntries(
            Map.entry(
                Query.where("writer.nmae").is("Ann"),
                "cannot resolve 'writer.nmae' on Article: Writer has no attribute"
                    + " 'nmae'; its attributes are [id, name, born], its associations [articles]"),
            Map.entry(
                Query.where("author.name").is("Ann"),
                "cannot resolve 'author.name' on Article: Article has no"
                    + " association 'author'; its associations are [writer, remarks, labels]"),
            Map.entry(
                Query.where("title.length").is(3),
                "cannot resolve 'title.length' on Article: Article has no association"
                    + " 'title'; its associations are [writer, remarks, labels] ('title' is an attribute: it ends a path)"),
            Map.entry(
                Query.where("writer").is(1L),
                "cannot resolve 'writer' on Article: Article.writer is an association;"
                    + " name one of its attributes ('writer.id') or test it with has(\"writer\")"),
            Map.entry(
                Query.whereHas("remarks.body"),
                "cannot resolve 'remarks.body' on Article: Remark has no association"
                    + " 'body'; its associations are [article, author] ('body' is an attribute: it ends a path)"),
            Map.entry(
                Query.all().orderBy("remarks.body"),
                "cannot order Article by 'remarks.body': Article.remarks is a"
                    + " HasMany, which has many values per Article; order by attributes of Article or of a to-one association"),
            Map.entry(
                Query.where("likes").startsWith("1"),
                "startsWith on 'likes': Article.likes is of type Integer;"
                    + " startsWith applies to String attributes"),
            Map.entry(
                Query.where("likes").between(10, 5),
                "between(10, 5) on 'likes': the lower bound is above the upper, so"
                    + " no row could match; swap them"),
            Map.entry(
                Query.where("remarks.approved").is("yes"),
                "Remark.approved is a Boolean: it cannot be compared with" + " String yes"),
            Map.entry(
                Query.where("writer..name").isNull(), "the path 'writer..name' has an empty step"),
            Map.entry(
                Query.where("remarks.approved").greaterThan(false),
                "greaterThan on 'remarks.approved':"
                    + " Remark.approved is of type Boolean, which has no order a query can use; use is, in or their negations"),
            Map.entry(
                Query.where("title").like("ends\\"),
                "like(\"ends\\\") on 'title': the pattern ends with an"
                    + " escaping backslash; escape it too (\\\\) to match a backslash"),
            Map.entry(
                Query.all().orderBy("writer"),
                "cannot resolve 'writer' on Article: Article.writer is an association;"
                    + " name one of its attributes ('writer.id')"));
    messages.forEach(
        (query, message) -> {
          dataSource.reset();
          assertThat(catchThrowable(() -> repository.findAll(query)))
              .as("%s", query)
              .isExactlyInstanceOf(IllegalArgumentException.class)
              .hasMessage(message);
          assertThat(catchThrowable(() -> repository.count(query)))
              .as("count %s", query)
              .isExactlyInstanceOf(IllegalArgumentException.class);
          assertThat(dataSource.statements()).isZero();
        });
    assertThat(catchThrowable(() -> Query.where("title").is(null)))
        .hasMessage("is(null) on 'title' never matches in SQL; use isNull()");
    assertThat(catchThrowable(() -> where("title").isNot(null)))
        .hasMessage("isNot(null) on 'title' never matches in SQL; use isNotNull()");
    assertThat(catchThrowable(() -> where("likes").between(null, 3)))
        .hasMessageStartingWith("a bound of between(...) on 'likes' is null");
    assertThat(catchThrowable(() -> allOf(where("likes").isNull(), null)))
        .hasMessage("allOf(...) contains null");
  }
}
