package dev.associations.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * An immutable query on a model's rows: {@code
 * Query.where("author.name").is("Ann").and("comments.body").contains("great").orderBy("title").limit(10)}.
 * Conditions ({@link Condition}; paths are attribute names, foreign key attributes included, or
 * association names followed by an attribute) are all required; values are always bound parameters.
 * Paths and include paths ({@code .include("children")}) are checked against the registry when the
 * query runs. Roots are never repeated: {@code limit}, {@code offset} and {@code count} count
 * roots, whatever the paths.
 */
public final class Query {

  private static final Query ALL = new Query(List.of(), List.of(), null, null, List.of());

  private final List<Condition> conditions;
  private final List<SortKey> orderings;
  private final @Nullable Integer limit;
  private final @Nullable Integer offset;
  private final List<Include.Nested> includes;

  private Query(
      List<Condition> conditions,
      List<SortKey> orderings,
      @Nullable Integer limit,
      @Nullable Integer offset,
      List<Include.Nested> includes) {
    this.conditions = List.copyOf(conditions);
    this.orderings = List.copyOf(orderings);
    this.limit = limit;
    this.offset = offset;
    this.includes = List.copyOf(includes);
  }

  /** The query selecting every row. */
  public static Query all() {
    return ALL;
  }

  /** Starts a query with a test of the attribute this path names. */
  public static Criterion<Query> where(String path) {
    return ALL.and(path);
  }

  /** Starts a query with a condition. */
  public static Query where(Condition condition) {
    return ALL.and(condition);
  }

  /** Starts a query for the roots whose association (a path of association names) has a row. */
  public static Query whereHas(String association) {
    return ALL.and(Condition.has(association));
  }

  /** Starts a query for the roots whose association has a row meeting the condition. */
  public static Query whereHas(String association, Condition condition) {
    return ALL.and(Condition.has(association, condition));
  }

  /** Starts a query for the roots whose association has no row. */
  public static Query whereHasNone(String association) {
    return ALL.and(Condition.hasNone(association));
  }

  /** Starts a query for the roots whose association has no row meeting the condition. */
  public static Query whereHasNone(String association, Condition condition) {
    return ALL.and(Condition.hasNone(association, condition));
  }

  /** Adds a test of the attribute this path names. */
  public Criterion<Query> and(String path) {
    return new Criterion<>(path, this::and);
  }

  /** Adds a condition. */
  public Query and(Condition condition) {
    List<Condition> all = new ArrayList<>(conditions);
    all.add(Objects.requireNonNull(condition, "condition"));
    return new Query(all, orderings, limit, offset, includes);
  }

  /**
   * Sorts by the attribute this path names (its own, or one of a to-one association: {@code
   * "author.name"}), ascending, after any earlier sort.
   */
  public Query orderBy(String path) {
    return sorted(path, false);
  }

  /** Sorts by the attribute this path names, descending, after any earlier sort. */
  public Query orderByDescending(String path) {
    return sorted(path, true);
  }

  /**
   * Sorts by each order of a Spring Data {@link Sort} (property paths as for {@link
   * #orderBy(String)}, such as {@code Sort.by("author.name").descending()}), after any earlier
   * sort.
   *
   * @throws IllegalArgumentException for an order that ignores case, or that puts {@code NULL}s
   *     where this library does not ({@code NULL} sorts lowest: first ascending, last descending)
   */
  public Query orderBy(Sort sort) {
    return new Query(
        conditions,
        sortKeys(orderings, Objects.requireNonNull(sort, "sort")),
        limit,
        offset,
        includes);
  }

  /**
   * This query's page of a {@link Pageable}: its sort first, then this query's, and its size and
   * offset as limit and offset; the query itself unpaged.
   *
   * @throws IllegalArgumentException when the query has a limit or offset of its own, or the page's
   *     offset exceeds an {@code int}
   */
  Query page(Pageable pageable) {
    if (limit != null || offset != null) {
      throw new IllegalArgumentException(
          "the query has its own limit or offset; give the page by the Pageable only");
    }
    List<SortKey> sorts = sortKeys(List.of(), pageable.getSort());
    sorts.addAll(orderings);
    if (pageable.isUnpaged()) {
      return new Query(conditions, sorts, null, null, includes);
    }
    if (pageable.getOffset() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "the page's offset " + pageable.getOffset() + " is too large");
    }
    return new Query(
        conditions, sorts, pageable.getPageSize(), (int) pageable.getOffset(), includes);
  }

  private static List<SortKey> sortKeys(List<SortKey> earlier, Sort sort) {
    List<SortKey> sorts = new ArrayList<>(earlier);
    for (Sort.Order order : sort) {
      if (order.isIgnoreCase()) {
        throw new IllegalArgumentException(
            "cannot sort by '"
                + order.getProperty()
                + "' ignoring case: sort by the"
                + " attribute as stored");
      }
      Sort.NullHandling lowest =
          order.isAscending() ? Sort.NullHandling.NULLS_FIRST : Sort.NullHandling.NULLS_LAST;
      if (order.getNullHandling() != Sort.NullHandling.NATIVE
          && order.getNullHandling() != lowest) {
        throw new IllegalArgumentException(
            "cannot sort by '"
                + order.getProperty()
                + "' with "
                + order.getNullHandling()
                + ": NULL sorts lowest on every database here (first ascending, last descending)");
      }
      sorts.add(new SortKey(order.getProperty(), order.isDescending()));
    }
    return sorts;
  }

  /** Returns at most this many rows. */
  public Query limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new Query(conditions, orderings, limit, offset, includes);
  }

  /** Skips this many rows first. */
  public Query offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    return new Query(conditions, orderings, limit, offset, includes);
  }

  /**
   * Also loads these associations of the selected rows, after any included before; paths as for
   * {@link AssociationRepository#findAll(String...)}, checked when the query runs.
   */
  public Query include(String... paths) {
    List<Include.Nested> all = new ArrayList<>(includes);
    for (String path : Objects.requireNonNull(paths, "paths")) {
      all.add(
          new Include.Nested(
              Objects.requireNonNull(path, "an include path must not be null"), Include.none()));
    }
    return new Query(conditions, orderings, limit, offset, all);
  }

  /**
   * Also loads the to-many association this path names, with options (see {@link Include}): {@code
   * include("posts", p -> p.where(...).orderByDescending("publishedOn").limit(3))}.
   */
  public Query include(String path, UnaryOperator<Include> options) {
    List<Include.Nested> all = new ArrayList<>(includes);
    Objects.requireNonNull(path, "an include path must not be null");
    Objects.requireNonNull(options, () -> "the options of include '" + path + "' must not be null");
    all.add(
        new Include.Nested(
            path,
            Objects.requireNonNull(options.apply(Include.none()), "the options returned null")));
    return new Query(conditions, orderings, limit, offset, all);
  }

  List<Condition> conditions() {
    return conditions;
  }

  List<SortKey> orderings() {
    return orderings;
  }

  @Nullable Integer limitOrNull() {
    return limit;
  }

  @Nullable Integer offsetOrNull() {
    return offset;
  }

  List<Include.Nested> includes() {
    return includes;
  }

  /**
   * Every include path, those nested in options included ({@code posts}, {@code posts.comments}).
   */
  List<String> includePaths() {
    List<String> paths = new ArrayList<>();
    includes.forEach(include -> include.collectPaths("", paths));
    return paths;
  }

  /** Whether an include has options: its plan then depends on more than its paths. */
  boolean hasIncludeOptions() {
    return includes.stream().anyMatch(i -> i.options().hasOptions());
  }

  private Query sorted(String attribute, boolean descending) {
    List<SortKey> sorts = new ArrayList<>(orderings);
    sorts.add(new SortKey(Objects.requireNonNull(attribute, "attribute"), descending));
    return new Query(conditions, sorts, limit, offset, includes);
  }

  @Override
  public String toString() {
    return "Query[where "
        + conditions
        + ", orderBy "
        + orderings
        + ", limit "
        + limit
        + ", offset "
        + offset
        + ", include "
        + includes
        + "]";
  }

  /** A sort on an attribute path, by name. */
  record SortKey(String path, boolean descending) {}
}
