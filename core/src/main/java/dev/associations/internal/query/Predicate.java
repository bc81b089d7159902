package dev.associations.internal.query;

import dev.associations.metadata.Association;
import dev.associations.metadata.AttributeMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resolved condition of a WHERE clause, over the rows of one table: its attributes, the
 * attributes of to-one associations reached from it ({@code joins}: LEFT JOINed, each target
 * single), and {@code EXISTS} tests of any association. Values are bound parameters of their
 * attribute's type.
 */
public sealed interface Predicate {

  /** Both predicates, either of which may be {@code null} (none): {@code null} when both are. */
  static @Nullable Predicate both(@Nullable Predicate first, @Nullable Predicate second) {
    return first == null ? second : second == null ? first : new AllOf(List.of(first, second));
  }

  /** The tests of one attribute. */
  enum Operator {
    /** {@code = ?}. */
    EQUALS,
    /** {@code <> ?}. */
    NOT_EQUALS,
    /** {@code LOWER(c) = LOWER(?)}. */
    EQUALS_IGNORE_CASE,
    /** {@code IN (?, ...)}; no values match nothing. */
    IN,
    /** {@code NOT IN (?, ...)}; no values match every row. */
    NOT_IN,
    /** {@code IS NULL}. */
    IS_NULL,
    /** {@code IS NOT NULL}. */
    IS_NOT_NULL,
    /** {@code > ?}. */
    GREATER_THAN,
    /** {@code >= ?}. */
    GREATER_THAN_OR_EQUAL,
    /** {@code < ?}. */
    LESS_THAN,
    /** {@code <= ?}. */
    LESS_THAN_OR_EQUAL,
    /** {@code BETWEEN ? AND ?}. */
    BETWEEN,
    /** {@code LIKE ?}: the escape character escapes the next character of the pattern. */
    LIKE,
    /** {@code LOWER(c) LIKE LOWER(?)}. */
    LIKE_IGNORE_CASE
  }

  /**
   * A test of an attribute of the table at the end of {@code joins}.
   *
   * @param joins the to-one associations leading from the scope's table to the attribute's, none
   *     for its own attributes
   * @param values one per {@code ?} of the operator, in order; a {@link LikePattern} for the LIKE
   *     operators
   */
  record Comparison(
      List<Association> joins, AttributeMetadata attribute, Operator operator, List<Object> values)
      implements Predicate {

    public Comparison {
      joins = List.copyOf(joins);
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /** Every predicate holds; none holds for none. */
  record AllOf(List<Predicate> predicates) implements Predicate {

    public AllOf {
      predicates = List.copyOf(predicates);
    }
  }

  /** At least one predicate holds; none holds for none. */
  record AnyOf(List<Predicate> predicates) implements Predicate {

    public AnyOf {
      predicates = List.copyOf(predicates);
    }
  }

  /** The predicate does not hold (SQL {@code NOT}: an unknown stays unknown). */
  record Not(Predicate predicate) implements Predicate {}

  /**
   * A target row of {@code association}, reached from the table at the end of {@code joins}, exists
   * and meets {@code where} ({@code null}: any row). Its own to-one paths and tests are relative to
   * the target. For a BelongsToMany, {@code through} is what its join row meets ({@code null}:
   * any), relative to the join table.
   */
  record Exists(
      List<Association> joins,
      Association association,
      @Nullable Predicate where,
      @Nullable Predicate through)
      implements Predicate {

    public Exists {
      joins = List.copyOf(joins);
    }

    /** A target row meeting {@code where}, through any join row. */
    public Exists(List<Association> joins, Association association, @Nullable Predicate where) {
      this(joins, association, where, null);
    }
  }
}
