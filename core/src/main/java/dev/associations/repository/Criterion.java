package dev.associations.repository;

import dev.associations.repository.Condition.Operator;
import dev.associations.repository.Condition.Test;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The pending test of one attribute path: each method completes it. Started by {@link
 * Condition#where(String)} (completing a {@link Condition}) or {@link Query#where(String)} and
 * {@link Query#and(String)} (completing the {@link Query}).
 *
 * <p>Values are bound parameters of the attribute's type, checked when the query runs. A {@code
 * null} value is refused here: SQL never finds a row equal to {@code NULL}, so use {@link
 * #isNull()}. As in SQL, a row whose attribute is {@code NULL} meets no comparison, not even {@link
 * #isNot} or {@link #notIn}.
 *
 * @param <R> what a completed test gives
 */
public final class Criterion<R> {

  private final String path;
  private final Function<Condition, R> completion;

  Criterion(String path, Function<Condition, R> completion) {
    this.path = Objects.requireNonNull(path, "path");
    this.completion = completion;
  }

  /** The attribute equals the value. */
  public R is(Object value) {
    return test(Operator.IS, value);
  }

  /** The attribute differs from the value ({@code <>}; a {@code NULL} attribute does not match). */
  public R isNot(Object value) {
    return test(Operator.IS_NOT, value);
  }

  /** The text equals the value, ignoring case ({@code LOWER(a) = LOWER(?)}). */
  public R isIgnoreCase(String value) {
    return test(Operator.IS_IGNORE_CASE, value);
  }

  /** The attribute equals one of the values; none matches no row. */
  public R in(Collection<?> values) {
    return completion.apply(new Test(path, Operator.IN, values(values)));
  }

  /** The attribute equals one of the values; none matches no row. */
  public R in(Object... values) {
    return in(Arrays.asList(Objects.requireNonNull(values, "values")));
  }

  /**
   * The attribute equals none of the values; none matches every row (even a {@code NULL}
   * attribute).
   */
  public R notIn(Object... values) {
    return notIn(Arrays.asList(Objects.requireNonNull(values, "values")));
  }

  /**
   * The attribute equals none of the values; none matches every row (even a {@code NULL}
   * attribute).
   */
  public R notIn(Collection<?> values) {
    return completion.apply(new Test(path, Operator.NOT_IN, values(values)));
  }

  /** The attribute is {@code NULL} (for a to-one path: also when there is no associated row). */
  public R isNull() {
    return completion.apply(new Test(path, Operator.IS_NULL, List.of()));
  }

  /** The attribute is not {@code NULL}. */
  public R isNotNull() {
    return completion.apply(new Test(path, Operator.IS_NOT_NULL, List.of()));
  }

  /** The attribute is greater than the value. */
  public R greaterThan(Object value) {
    return test(Operator.GREATER_THAN, value);
  }

  /** The attribute is greater than or equal to the value. */
  public R greaterThanOrEqual(Object value) {
    return test(Operator.GREATER_THAN_OR_EQUAL, value);
  }

  /** The attribute is less than the value. */
  public R lessThan(Object value) {
    return test(Operator.LESS_THAN, value);
  }

  /** The attribute is less than or equal to the value. */
  public R lessThanOrEqual(Object value) {
    return test(Operator.LESS_THAN_OR_EQUAL, value);
  }

  /**
   * The attribute lies between the bounds, both included. Bounds the wrong way round (a number,
   * date or time above the upper) are an {@link IllegalArgumentException} when the query runs.
   */
  public R between(Object lower, Object upper) {
    return completion.apply(new Test(path, Operator.BETWEEN, List.of(value(lower), value(upper))));
  }

  /**
   * The text matches a SQL {@code LIKE} pattern, as given: {@code %} any characters, {@code _} one,
   * a backslash escaping the next character.
   */
  public R like(String pattern) {
    return test(Operator.LIKE, pattern);
  }

  /** {@link #like} ignoring case. */
  public R likeIgnoreCase(String pattern) {
    return test(Operator.LIKE_IGNORE_CASE, pattern);
  }

  /**
   * The text starts with the value, taken literally ({@code %}, {@code _} and backslashes match
   * themselves).
   */
  public R startsWith(String value) {
    return test(Operator.STARTS_WITH, value);
  }

  /** {@link #startsWith} ignoring case. */
  public R startsWithIgnoreCase(String value) {
    return test(Operator.STARTS_WITH_IGNORE_CASE, value);
  }

  /** The text ends with the value, taken literally. */
  public R endsWith(String value) {
    return test(Operator.ENDS_WITH, value);
  }

  /** {@link #endsWith} ignoring case. */
  public R endsWithIgnoreCase(String value) {
    return test(Operator.ENDS_WITH_IGNORE_CASE, value);
  }

  /** The text contains the value, taken literally. */
  public R contains(String value) {
    return test(Operator.CONTAINS, value);
  }

  /** {@link #contains} ignoring case. */
  public R containsIgnoreCase(String value) {
    return test(Operator.CONTAINS_IGNORE_CASE, value);
  }

  private R test(Operator operator, Object value) {
    return completion.apply(new Test(path, operator, List.of(value(operator, value))));
  }

  private Object value(Object value) {
    if (value == null) {
      throw new IllegalArgumentException(
          "a bound of between(...) on '"
              + path
              + "' is null; use lessThanOrEqual or "
              + "greaterThanOrEqual for an open range");
    }
    return value;
  }

  private Object value(Operator operator, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(
          operator.text()
              + "(null) on '"
              + path
              + "' never matches in SQL; use "
              + (operator == Operator.IS_NOT ? "isNotNull()" : "isNull()"));
    }
    return value;
  }

  private List<Object> values(Collection<?> values) {
    Objects.requireNonNull(values, "values");
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(
          "the values on '" + path + "' contain null; use isNull() or isNotNull()");
    }
    return List.copyOf(values);
  }
}
