package dev.associations.repository;

import dev.associations.sql.Condition.Operator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An immutable query on a model's attributes (Java names, foreign key attributes included):
 * {@code Query.where("ownerId").is(7).and("name").isNotNull().orderBy("name").limit(10)}.
 * Conditions are all required; values are always bound parameters. Attribute names and include
 * paths ({@code .include("children")}) are checked against the model when the query runs.
 */
public final class Query {

  private static final Query ALL = new Query(List.of(), List.of(), null, null, List.of());

  private final List<Term> conditions;
  private final List<Sort> orderings;
  private final Integer limit;
  private final Integer offset;
  private final List<String> includes;

  private Query(List<Term> conditions, List<Sort> orderings, Integer limit, Integer offset, List<String> includes) {
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

  /** Starts a query with a condition on this attribute. */
  public static Criterion where(String attribute) {
    return ALL.and(attribute);
  }

  /** Adds a condition on this attribute. */
  public Criterion and(String attribute) {
    return new Criterion(Objects.requireNonNull(attribute, "attribute"));
  }

  /** Sorts by this attribute, ascending, after any earlier sort. */
  public Query orderBy(String attribute) {
    return sorted(attribute, false);
  }

  /** Sorts by this attribute, descending, after any earlier sort. */
  public Query orderByDescending(String attribute) {
    return sorted(attribute, true);
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
    List<String> all = new ArrayList<>(includes);
    for (String path : Objects.requireNonNull(paths, "paths")) {
      all.add(Objects.requireNonNull(path, "an include path must not be null"));
    }
    return new Query(conditions, orderings, limit, offset, all);
  }

  List<Term> conditions() {
    return conditions;
  }

  List<Sort> orderings() {
    return orderings;
  }

  Integer limitOrNull() {
    return limit;
  }

  Integer offsetOrNull() {
    return offset;
  }

  List<String> includes() {
    return includes;
  }

  private Query sorted(String attribute, boolean descending) {
    List<Sort> sorts = new ArrayList<>(orderings);
    sorts.add(new Sort(Objects.requireNonNull(attribute, "attribute"), descending));
    return new Query(conditions, sorts, limit, offset, includes);
  }

  @Override
  public String toString() {
    return "Query[where " + conditions + ", orderBy " + orderings + ", limit " + limit + ", offset " + offset + ", include " + includes + "]";
  }

  /** The pending condition on one attribute; each method completes it and returns the query. */
  public final class Criterion {

    private final String attribute;

    private Criterion(String attribute) {
      this.attribute = attribute;
    }

    /** The attribute equals this value; use {@link #isNull()} for {@code null}. */
    public Query is(Object value) {
      if (value == null) {
        throw new IllegalArgumentException("is(null) on '" + attribute + "' never matches in SQL; use isNull()");
      }
      return with(Operator.EQUALS, List.of(value));
    }

    /** The attribute equals one of these values; an empty collection matches nothing. */
    public Query in(Collection<?> values) {
      Objects.requireNonNull(values, "values");
      if (values.stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException("in(...) on '" + attribute + "' contains null; use isNull()");
      }
      return with(Operator.IN, List.copyOf(values));
    }

    /** The attribute is NULL. */
    public Query isNull() {
      return with(Operator.IS_NULL, List.of());
    }

    /** The attribute is not NULL. */
    public Query isNotNull() {
      return with(Operator.IS_NOT_NULL, List.of());
    }

    private Query with(Operator operator, List<Object> values) {
      List<Term> terms = new ArrayList<>(conditions);
      terms.add(new Term(attribute, operator, values));
      return new Query(terms, orderings, limit, offset, includes);
    }
  }

  /** A condition on an attribute, by name. */
  record Term(String attribute, Operator operator, List<Object> values) {
  }

  /** A sort on an attribute, by name. */
  record Sort(String attribute, boolean descending) {
  }
}
