package dev.associations.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The options of one include, given to {@link Query#include(String, UnaryOperator)}: {@code
 * Query.all().include("posts", p -> p.where(Condition.where("approved").is(true))
 * .orderByDescending("publishedOn").limit(3).include("comments", c -> c.limit(5)))}.
 *
 * <p>{@code where} filters the included rows, and makes the include required: a parent without a
 * matching row is dropped (by an {@code EXISTS}, so that limits still count parents) unless {@link
 * #optional()}; {@link #required()} alone keeps parents with at least one row. Orderings are by the
 * included model's attributes (or to-one paths from it), then by its primary key, which also orders
 * an include with only a {@code where} or a limit, so that results are deterministic. {@code limit}
 * and {@code offset} count rows <em>per parent</em>, in the same one statement for all parents. A
 * to-one include (BelongsTo, HasOne) takes {@code where}, {@code required} and {@code optional}: it
 * joins only a matching row, in the statement of its level. Immutable; names are checked against
 * the registry when the query runs.
 */
public final class Include {

  private static final Include NONE =
      new Include(null, null, List.of(), null, null, List.of(), null);

  private final @Nullable Condition where;
  private final @Nullable Boolean required;
  private final List<Query.SortKey> orderings;
  private final @Nullable Integer limit;
  private final @Nullable Integer offset;
  private final List<Nested> nested;
  private final @Nullable Condition through;

  private Include(
      @Nullable Condition where,
      @Nullable Boolean required,
      List<Query.SortKey> orderings,
      @Nullable Integer limit,
      @Nullable Integer offset,
      List<Nested> nested,
      @Nullable Condition through) {
    this.where = where;
    this.required = required;
    this.orderings = List.copyOf(orderings);
    this.limit = limit;
    this.offset = offset;
    this.nested = List.copyOf(nested);
    this.through = through;
  }

  static Include none() {
    return NONE;
  }

  /**
   * Loads only the rows meeting the condition (paths start at the included model); required unless
   * {@link #optional()}.
   */
  public Include where(Condition condition) {
    Condition all =
        where == null ? Objects.requireNonNull(condition, "condition") : where.and(condition);
    return new Include(all, required, orderings, limit, offset, nested, through);
  }

  /**
   * For a BelongsToMany through a join table: loads only the targets whose join row meets the
   * condition (paths start at the join model, such as {@code role}); required unless {@link
   * #optional()}, as {@link #where} is.
   */
  public Include through(Condition condition) {
    Condition all =
        through == null ? Objects.requireNonNull(condition, "condition") : through.and(condition);
    return new Include(where, required, orderings, limit, offset, nested, all);
  }

  /** Drops the parents that have no (matching) row. */
  public Include required() {
    return new Include(where, true, orderings, limit, offset, nested, through);
  }

  /** Keeps the parents that have no matching row, with an empty collection. */
  public Include optional() {
    return new Include(where, false, orderings, limit, offset, nested, through);
  }

  /** Orders each parent's rows by this attribute path, ascending, after any earlier order. */
  public Include orderBy(String path) {
    return sorted(path, false);
  }

  /** Orders each parent's rows by this attribute path, descending, after any earlier order. */
  public Include orderByDescending(String path) {
    return sorted(path, true);
  }

  /** Loads at most this many rows per parent. */
  public Include limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new Include(where, required, orderings, limit, offset, nested, through);
  }

  /** Skips this many rows of each parent first. */
  public Include offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    return new Include(where, required, orderings, limit, offset, nested, through);
  }

  /** Also loads these associations of the included rows. */
  public Include include(String... paths) {
    Include result = this;
    for (String path : Objects.requireNonNull(paths, "paths")) {
      result = result.include(path, UnaryOperator.identity());
    }
    return result;
  }

  /** Also loads this association of the included rows, with options. */
  public Include include(String path, UnaryOperator<Include> options) {
    Objects.requireNonNull(path, "an include path must not be null");
    Objects.requireNonNull(options, () -> "the options of include '" + path + "' must not be null");
    List<Nested> all = new ArrayList<>(nested);
    all.add(
        new Nested(path, Objects.requireNonNull(options.apply(NONE), "the options returned null")));
    return new Include(where, required, orderings, limit, offset, all, through);
  }

  @Nullable Condition where() {
    return where;
  }

  @Nullable Condition through() {
    return through;
  }

  /** Whether parents without a row are dropped: as set, else when there is a condition. */
  boolean isRequired() {
    return required != null ? required : where != null || through != null;
  }

  List<Query.SortKey> orderings() {
    return orderings;
  }

  @Nullable Integer limitOrNull() {
    return limit;
  }

  @Nullable Integer offsetOrNull() {
    return offset;
  }

  List<Nested> nested() {
    return nested;
  }

  /** Whether this include itself (not those below it) has options. */
  boolean hasOwnOptions() {
    return where != null
        || through != null
        || required != null
        || !orderings.isEmpty()
        || limit != null
        || offset != null;
  }

  /** Whether this include or one nested below it has options. */
  boolean hasOptions() {
    return hasOwnOptions() || nested.stream().anyMatch(n -> n.options().hasOptions());
  }

  private Include sorted(String path, boolean descending) {
    List<Query.SortKey> all = new ArrayList<>(orderings);
    all.add(new Query.SortKey(Objects.requireNonNull(path, "path"), descending));
    return new Include(where, required, all, limit, offset, nested, through);
  }

  @Override
  public String toString() {
    return "Include[where "
        + where
        + ", through "
        + through
        + ", required "
        + isRequired()
        + ", orderBy "
        + orderings
        + ", limit "
        + limit
        + ", offset "
        + offset
        + ", include "
        + nested
        + "]";
  }

  /** An include below another, by its path relative to it. */
  record Nested(String path, Include options) {

    /** Adds this path and those nested below it, each prefixed. */
    void collectPaths(String prefix, List<String> paths) {
      paths.add(prefix + path);
      options.nested().forEach(child -> child.collectPaths(prefix + path + ".", paths));
    }
  }
}
