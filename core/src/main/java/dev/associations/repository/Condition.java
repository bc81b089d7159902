package dev.associations.repository;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An immutable condition on a model's rows, for {@link Query#where(Condition)}: tests of attributes
 * ({@code Condition.where("name").startsWith("A")}), combined with {@link #allOf}, {@link #anyOf}
 * and {@link #not}, and tests of associations ({@link #has}, {@link #hasNone}).
 *
 * <p>A path is an attribute name, or association names followed by an attribute ({@code
 * "author.name"}, {@code "comments.author.name"}); names are checked against the registry when the
 * query runs. A to-one step (BelongsTo, HasOne) reads the associated row's attribute as if it were
 * the root's: {@code NULL} when there is none. A to-many step (HasMany, BelongsToMany) means "at
 * least one": {@code "comments.body"} tests whether some comment matches, each such condition on
 * its own; to test one comment against several conditions, use {@code has("comments", allOf(...))}.
 * Roots are never repeated, whatever the paths.
 */
public abstract sealed class Condition
    permits Condition.Test, Condition.Junction, Condition.Negation, Condition.Has {

  private Condition() {}

  /** Starts a test of the attribute this path names. */
  public static Criterion<Condition> where(String path) {
    return new Criterion<>(path, c -> c);
  }

  /** Every condition holds; true for none. */
  public static Condition allOf(Condition... conditions) {
    return allOf(Arrays.asList(Objects.requireNonNull(conditions, "conditions")));
  }

  /** Every condition holds; true for none. */
  public static Condition allOf(List<Condition> conditions) {
    return new Junction(true, conditions);
  }

  /** At least one condition holds; false for none. */
  public static Condition anyOf(Condition... conditions) {
    return anyOf(Arrays.asList(Objects.requireNonNull(conditions, "conditions")));
  }

  /** At least one condition holds; false for none. */
  public static Condition anyOf(List<Condition> conditions) {
    return new Junction(false, conditions);
  }

  /**
   * The condition does not hold. As in SQL, a test of a {@code NULL} value is neither true nor
   * false, and neither is its negation: {@code not(where("age").is(3))} leaves out rows whose age
   * is {@code NULL}, as {@code where("age").isNot(3)} does; so for a to-one path without an
   * associated row. On a to-many path, or {@link #has}, it means "no associated row matches": rows
   * without any, or whose only ones hold {@code NULL}, are in.
   */
  public static Condition not(Condition condition) {
    return new Negation(Objects.requireNonNull(condition, "condition"));
  }

  /** The association (a path of association names) has at least one row. */
  public static Condition has(String association) {
    return new Has(association, null, false);
  }

  /**
   * The association has at least one row meeting the condition, whose paths start at its target.
   */
  public static Condition has(String association, Condition condition) {
    return new Has(association, Objects.requireNonNull(condition, "condition"), false);
  }

  /** The association has no row ({@code NOT EXISTS}). */
  public static Condition hasNone(String association) {
    return new Has(association, null, true);
  }

  /** The association has no row meeting the condition, whose paths start at its target. */
  public static Condition hasNone(String association, Condition condition) {
    return new Has(association, Objects.requireNonNull(condition, "condition"), true);
  }

  /** This condition and the other both hold. */
  public Condition and(Condition other) {
    Objects.requireNonNull(other, "other");
    return this instanceof Junction junction && junction.all()
        ? allOf(Stream.concat(junction.conditions().stream(), Stream.of(other)).toList())
        : allOf(this, other);
  }

  /** This condition and a test of the attribute this path names both hold. */
  public Criterion<Condition> and(String path) {
    return new Criterion<>(path, this::and);
  }

  /** This condition or the other holds. */
  public Condition or(Condition other) {
    Objects.requireNonNull(other, "other");
    return this instanceof Junction junction && !junction.all()
        ? anyOf(Stream.concat(junction.conditions().stream(), Stream.of(other)).toList())
        : anyOf(this, other);
  }

  /** This condition or a test of the attribute this path names holds. */
  public Criterion<Condition> or(String path) {
    return new Criterion<>(path, this::or);
  }

  /** A test of one attribute: {@code path operator values}. */
  static final class Test extends Condition {

    private final String path;
    private final Operator operator;
    private final List<Object> values;

    Test(String path, Operator operator, List<Object> values) {
      this.path = path;
      this.operator = operator;
      this.values = List.copyOf(values);
    }

    String path() {
      return path;
    }

    Operator operator() {
      return operator;
    }

    List<Object> values() {
      return values;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Test test
          && path.equals(test.path)
          && operator == test.operator
          && values.equals(test.values);
    }

    @Override
    public int hashCode() {
      return Objects.hash(path, operator, values);
    }

    @Override
    public String toString() {
      return path
          + " "
          + operator.text()
          + (values.isEmpty()
              ? ""
              : values.stream()
                  .map(Test::text)
                  .collect(
                      Collectors.joining(
                          ", ",
                          operator == Operator.IN || operator == Operator.NOT_IN ? " [" : " ",
                          operator == Operator.IN || operator == Operator.NOT_IN ? "]" : "")));
    }

    private static String text(Object value) {
      return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }
  }

  /** All ({@code all}) or any of several conditions. */
  static final class Junction extends Condition {

    private final boolean all;
    private final List<Condition> conditions;

    Junction(boolean all, List<Condition> conditions) {
      Objects.requireNonNull(conditions, "conditions");
      if (conditions.stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException((all ? "allOf" : "anyOf") + "(...) contains null");
      }
      this.all = all;
      this.conditions = List.copyOf(conditions);
    }

    boolean all() {
      return all;
    }

    List<Condition> conditions() {
      return conditions;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Junction junction
          && all == junction.all
          && conditions.equals(junction.conditions);
    }

    @Override
    public int hashCode() {
      return Objects.hash(all, conditions);
    }

    @Override
    public String toString() {
      return conditions.stream()
          .map(Object::toString)
          .collect(Collectors.joining(all ? " and " : " or ", all ? "allOf(" : "anyOf(", ")"));
    }
  }

  /** A condition that does not hold. */
  static final class Negation extends Condition {

    private final Condition condition;

    Negation(Condition condition) {
      this.condition = condition;
    }

    Condition condition() {
      return condition;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Negation negation && condition.equals(negation.condition);
    }

    @Override
    public int hashCode() {
      return condition.hashCode() * 31;
    }

    @Override
    public String toString() {
      return "not(" + condition + ")";
    }
  }

  /** An association with (or without, {@code none}) a row meeting an optional condition. */
  static final class Has extends Condition {

    private final String association;
    private final @Nullable Condition condition;
    private final boolean none;

    Has(String association, @Nullable Condition condition, boolean none) {
      this.association = Objects.requireNonNull(association, "association");
      this.condition = condition;
      this.none = none;
    }

    String association() {
      return association;
    }

    /** The condition on the association's rows, or {@code null} for any row. */
    @Nullable Condition condition() {
      return condition;
    }

    boolean none() {
      return none;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Has has
          && association.equals(has.association)
          && none == has.none
          && Objects.equals(condition, has.condition);
    }

    @Override
    public int hashCode() {
      return Objects.hash(association, condition, none);
    }

    @Override
    public String toString() {
      return (none ? "hasNone(" : "has(")
          + association
          + (condition == null ? "" : ", " + condition)
          + ")";
    }
  }

  /** The tests of an attribute, as {@link Criterion} offers them. */
  enum Operator {
    IS("is"),
    IS_NOT("isNot"),
    IS_IGNORE_CASE("isIgnoreCase"),
    IN("in"),
    NOT_IN("notIn"),
    IS_NULL("isNull"),
    IS_NOT_NULL("isNotNull"),
    GREATER_THAN("greaterThan"),
    GREATER_THAN_OR_EQUAL("greaterThanOrEqual"),
    LESS_THAN("lessThan"),
    LESS_THAN_OR_EQUAL("lessThanOrEqual"),
    BETWEEN("between"),
    LIKE("like"),
    LIKE_IGNORE_CASE("likeIgnoreCase"),
    STARTS_WITH("startsWith"),
    STARTS_WITH_IGNORE_CASE("startsWithIgnoreCase"),
    ENDS_WITH("endsWith"),
    ENDS_WITH_IGNORE_CASE("endsWithIgnoreCase"),
    CONTAINS("contains"),
    CONTAINS_IGNORE_CASE("containsIgnoreCase");

    private final String text;

    Operator(String text) {
      this.text = text;
    }

    /** The method name that makes this test. */
    String text() {
      return text;
    }

    /** Whether the test applies to text only. */
    boolean isText() {
      return ordinal() >= LIKE.ordinal() || this == IS_IGNORE_CASE;
    }

    /**
     * Whether the test compares by order, which some types do not have in the same way in Java and
     * SQL.
     */
    boolean isRange() {
      return ordinal() >= GREATER_THAN.ordinal() && ordinal() <= BETWEEN.ordinal();
    }
  }
}
