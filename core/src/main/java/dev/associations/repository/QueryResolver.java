package dev.associations.repository;

import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.internal.query.IncludeOptions;
import dev.associations.internal.query.IncludePlan;
import dev.associations.internal.query.LikePattern;
import dev.associations.internal.query.Ordering;
import dev.associations.internal.query.Predicate;
import dev.associations.internal.query.Predicate.AllOf;
import dev.associations.internal.query.Predicate.AnyOf;
import dev.associations.internal.query.Predicate.Comparison;
import dev.associations.internal.query.Predicate.Exists;
import dev.associations.internal.query.Predicate.Not;
import dev.associations.internal.query.Selection;
import dev.associations.metadata.Association;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.ModelMetadata;
import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.Condition.Has;
import dev.associations.repository.Condition.Junction;
import dev.associations.repository.Condition.Negation;
import dev.associations.repository.Condition.Operator;
import dev.associations.repository.Condition.Test;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a {@link Query}'s paths and values against the registry, before any statement: unknown
 * names fail naming the model, the step and the valid names, and values of another type than their
 * attribute's fail too (a database might read {@code "102 OR 1=1"} as 102).
 */
final class QueryResolver {

  /** The SQL test of each operator that takes its values as given (after typing). */
  private static final Map<Operator, Predicate.Operator> SQL_OPERATORS =
      Map.ofEntries(
          Map.entry(Operator.IS, Predicate.Operator.EQUALS),
          Map.entry(Operator.IS_NOT, Predicate.Operator.NOT_EQUALS),
          Map.entry(Operator.IS_IGNORE_CASE, Predicate.Operator.EQUALS_IGNORE_CASE),
          Map.entry(Operator.IN, Predicate.Operator.IN),
          Map.entry(Operator.NOT_IN, Predicate.Operator.NOT_IN),
          Map.entry(Operator.IS_NULL, Predicate.Operator.IS_NULL),
          Map.entry(Operator.IS_NOT_NULL, Predicate.Operator.IS_NOT_NULL),
          Map.entry(Operator.GREATER_THAN, Predicate.Operator.GREATER_THAN),
          Map.entry(Operator.GREATER_THAN_OR_EQUAL, Predicate.Operator.GREATER_THAN_OR_EQUAL),
          Map.entry(Operator.LESS_THAN, Predicate.Operator.LESS_THAN),
          Map.entry(Operator.LESS_THAN_OR_EQUAL, Predicate.Operator.LESS_THAN_OR_EQUAL));

  private final AssociationRegistry registry;
  private final ModelMetadata model;

  QueryResolver(AssociationRegistry registry, ModelMetadata model) {
    this.registry = registry;
    this.model = model;
  }

  Selection selection(Query query) {
    List<Ordering> orderings = query.orderings().stream().map(s -> ordering(model, s)).toList();
    List<Predicate> conditions = query.conditions().stream().map(c -> predicate(model, c)).toList();
    Predicate where =
        conditions.isEmpty()
            ? null
            : conditions.size() == 1 ? conditions.get(0) : new AllOf(conditions);
    return new Selection(where, orderings, query.limitOrNull(), query.offsetOrNull());
  }

  /**
   * The include plan of a query whose includes have options, each resolved against its target:
   * conditions and orderings as the query's own, paths relative to the included model.
   */
  IncludePlan plan(Query query) {
    IncludePlan.Builder builder = IncludePlan.builder(registry, model.type());
    query.includes().forEach(include -> add(builder, "", include));
    return builder.build();
  }

  private void add(IncludePlan.Builder builder, String prefix, Include.Nested include) {
    String path = prefix + include.path();
    Association association = builder.add(path);
    ModelMetadata target = association.target();
    Include options = include.options();
    if (options.hasOwnOptions()) {
      IncludeOptions resolved;
      Condition where = options.where();
      try {
        resolved =
            new IncludeOptions(
                where == null ? null : predicate(target, where),
                options.isRequired(),
                options.orderings().stream().map(s -> ordering(target, s)).toList(),
                options.limitOrNull(),
                options.offsetOrNull(),
                through(association, options.through()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("include '" + path + "': " + e.getMessage(), e);
      }
      builder.options(path, resolved);
    }
    options.nested().forEach(nested -> add(builder, path + ".", nested));
  }

  /** An include's {@code through} condition, over the join model of a BelongsToMany through one. */
  private @Nullable Predicate through(Association association, @Nullable Condition condition) {
    if (condition == null) {
      return null;
    }
    JoinTable through = association.through();
    ModelMetadata joinModel = through == null ? null : through.model();
    if (joinModel == null) {
      throw new IllegalArgumentException(
          "cannot filter by join row: "
              + association.qualifiedName()
              + " is a "
              + association.type().displayName()
              + (through == null
                  ? ", which has no join table; filter" + " with where"
                  : " through the plain join table "
                      + through.name()
                      + ", which has only"
                      + " keys; give it a join model (through = @Through(model = ...)) or filter with where"));
    }
    return predicate(joinModel, condition);
  }

  private Ordering ordering(ModelMetadata base, Query.SortKey sort) {
    List<String> steps = steps(sort.path());
    List<Association> joins = new ArrayList<>();
    ModelMetadata current = base;
    for (String step : steps.subList(0, steps.size() - 1)) {
      Association association = association(current, step, sort.path());
      if (association.isMultiple()) {
        throw new IllegalArgumentException(
            "cannot order "
                + base.name()
                + " by '"
                + sort.path()
                + "': "
                + association.qualifiedName()
                + " is a "
                + association.type().displayName()
                + ", which has many values per "
                + current.name()
                + "; order by attributes of "
                + current.name()
                + " or of a to-one association");
      }
      joins.add(association);
      current = association.target();
    }
    return new Ordering(
        joins, attribute(current, steps.get(steps.size() - 1), sort.path(), ""), sort.descending());
  }

  /**
   * The attribute a condition path names, through associations of any kind, as a query would
   * resolve it.
   *
   * @throws IllegalArgumentException naming the step that does not resolve and the valid names
   */
  AttributeMetadata attributeAt(String path) {
    List<String> steps = steps(path);
    ModelMetadata current = model;
    for (String step : steps.subList(0, steps.size() - 1)) {
      current = association(current, step, path).target();
    }
    return attribute(current, steps.get(steps.size() - 1), path, "");
  }

  /**
   * The association a {@code has} path names, through associations of any kind.
   *
   * @throws IllegalArgumentException naming the step that does not resolve and the valid names
   */
  Association associationAt(String path) {
    List<String> steps = steps(path);
    ModelMetadata current = model;
    Association association = null;
    for (String step : steps) {
      association = association(current, step, path);
      current = association.target();
    }
    return Objects.requireNonNull(association, path); // a path has at least one step
  }

  /** The predicate of a condition whose paths start at {@code base}. */
  private Predicate predicate(ModelMetadata base, Condition condition) {
    if (condition instanceof Test test) {
      return attributePath(base, test, steps(test.path()), 0, List.of());
    }
    if (condition instanceof Junction junction) {
      List<Predicate> predicates =
          junction.conditions().stream().map(c -> predicate(base, c)).toList();
      return junction.all() ? new AllOf(predicates) : new AnyOf(predicates);
    }
    if (condition instanceof Negation negation) {
      return new Not(predicate(base, negation.condition()));
    }
    Has has = (Has) condition;
    Predicate exists = associationPath(base, has, steps(has.association()), 0, List.of());
    return has.none() ? new Not(exists) : exists;
  }

  /**
   * The test of the attribute at the end of {@code steps[from..]}, from {@code current} reached
   * through these to-one joins: a to-one step joins, a to-many step is an {@link Exists} from whose
   * target the rest of the path goes on.
   */
  private Predicate attributePath(
      ModelMetadata current, Test test, List<String> steps, int from, List<Association> joins) {
    if (from == steps.size() - 1) {
      return comparison(
          current,
          joins,
          attribute(
              current,
              steps.get(from),
              test.path(),
              " or test it with has(\"" + steps.get(from) + "\")"),
          test);
    }
    Association association = association(current, steps.get(from), test.path());
    return association.isMultiple()
        ? new Exists(
            joins,
            association,
            attributePath(association.target(), test, steps, from + 1, List.of()))
        : attributePath(association.target(), test, steps, from + 1, append(joins, association));
  }

  /**
   * The test of the association at the end of {@code steps[from..]}, as {@link #attributePath}
   * walks.
   */
  private Predicate associationPath(
      ModelMetadata current, Has has, List<String> steps, int from, List<Association> joins) {
    Association association = association(current, steps.get(from), has.association());
    if (from == steps.size() - 1) {
      Condition condition = has.condition();
      return new Exists(
          joins,
          association,
          condition == null ? null : predicate(association.target(), condition));
    }
    return association.isMultiple()
        ? new Exists(
            joins,
            association,
            associationPath(association.target(), has, steps, from + 1, List.of()))
        : associationPath(association.target(), has, steps, from + 1, append(joins, association));
  }

  private Comparison comparison(
      ModelMetadata owner, List<Association> joins, AttributeMetadata attribute, Test test) {
    Operator operator = test.operator();
    List<Object> values = test.values();
    Class<?> type = AttributeTypes.box(attribute.javaType());
    if (operator.isRange()
        && (type.isEnum() || type == Boolean.class || type == UUID.class || type == byte[].class)) {
      throw new IllegalArgumentException(
          operator.text()
              + " on '"
              + test.path()
              + "': "
              + owner.name()
              + "."
              + attribute.name()
              + " is of type "
              + type.getSimpleName()
              + ", which has no order a query can use"
              + (type.isEnum()
                  ? " (enums are stored by name, so the database would compare names, not ordinals);"
                      + " use in(...) with the constants wanted"
                  : "; use is, in or their negations"));
    }
    if (operator.isText() && type != String.class) {
      throw new IllegalArgumentException(
          operator.text()
              + " on '"
              + test.path()
              + "': "
              + owner.name()
              + "."
              + attribute.name()
              + " is of type "
              + AttributeTypes.box(attribute.javaType()).getSimpleName()
              + "; "
              + operator.text()
              + " applies to String attributes");
    }
    return switch (operator) {
      case IS,
          IS_NOT,
          IN,
          NOT_IN,
          GREATER_THAN,
          GREATER_THAN_OR_EQUAL,
          LESS_THAN,
          LESS_THAN_OR_EQUAL ->
          new Comparison(joins, attribute, sqlOperator(operator), typed(owner, attribute, values));
      case IS_IGNORE_CASE, IS_NULL, IS_NOT_NULL ->
          new Comparison(joins, attribute, sqlOperator(operator), values);
      case BETWEEN ->
          new Comparison(
              joins, attribute, Predicate.Operator.BETWEEN, bounds(owner, attribute, test));
      case LIKE, LIKE_IGNORE_CASE ->
          like(joins, attribute, operator == Operator.LIKE_IGNORE_CASE, pattern(test));
      case STARTS_WITH, STARTS_WITH_IGNORE_CASE ->
          like(
              joins,
              attribute,
              operator == Operator.STARTS_WITH_IGNORE_CASE,
              LikePattern.startingWith((String) values.get(0)));
      case ENDS_WITH, ENDS_WITH_IGNORE_CASE ->
          like(
              joins,
              attribute,
              operator == Operator.ENDS_WITH_IGNORE_CASE,
              LikePattern.endingWith((String) values.get(0)));
      case CONTAINS, CONTAINS_IGNORE_CASE ->
          like(
              joins,
              attribute,
              operator == Operator.CONTAINS_IGNORE_CASE,
              LikePattern.containing((String) values.get(0)));
    };
  }

  private static Comparison like(
      List<Association> joins,
      AttributeMetadata attribute,
      boolean ignoreCase,
      LikePattern pattern) {
    return new Comparison(
        joins,
        attribute,
        ignoreCase ? Predicate.Operator.LIKE_IGNORE_CASE : Predicate.Operator.LIKE,
        List.of(pattern));
  }

  /** The SQL operator of a condition operator that has one. */
  private static Predicate.Operator sqlOperator(Operator operator) {
    return Objects.requireNonNull(SQL_OPERATORS.get(operator), operator::text);
  }

  /** A user's LIKE pattern, whose backslash makes the next character literal, as in SQL. */
  private static LikePattern pattern(Test test) {
    String pattern = (String) test.values().get(0);
    try {
      return LikePattern.parse(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          test.operator().text()
              + "(\""
              + pattern
              + "\") on '"
              + test.path()
              + "': "
              + e.getMessage()
              + "; escape it too (\\\\) to match a backslash",
          e);
    }
  }

  /**
   * The bounds of a between, typed, refused when the lower is above the upper (for numbers, dates
   * and times).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<Object> bounds(ModelMetadata owner, AttributeMetadata attribute, Test test) {
    List<Object> bounds = typed(owner, attribute, test.values());
    Object lower = bounds.get(0);
    if ((lower instanceof Number || lower instanceof Temporal)
        && lower instanceof Comparable comparable
        && comparable.compareTo(bounds.get(1)) > 0) {
      throw new IllegalArgumentException(
          "between("
              + lower
              + ", "
              + bounds.get(1)
              + ") on '"
              + test.path()
              + "': the lower bound is above the upper, so no row could match; swap them");
    }
    return bounds;
  }

  /**
   * Values as values of the attribute's type, or a clear error before the database converts them.
   */
  private static List<Object> typed(
      ModelMetadata owner, AttributeMetadata attribute, List<Object> values) {
    return values.stream()
        .map(
            value ->
                AttributeTypes.asType(value, attribute.javaType())
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                owner.name()
                                    + "."
                                    + attribute.name()
                                    + " is a "
                                    + AttributeTypes.box(attribute.javaType()).getSimpleName()
                                    + ": it cannot be compared with "
                                    + value.getClass().getSimpleName()
                                    + " "
                                    + value)))
        .toList();
  }

  /**
   * @param alternative what else to do with an association, for the message
   */
  private AttributeMetadata attribute(
      ModelMetadata owner, String name, String path, String alternative) {
    return owner
        .attribute(name)
        .orElseThrow(
            () -> {
              boolean isAssociation =
                  registry.associations(owner.type()).stream().anyMatch(a -> a.name().equals(name));
              return new IllegalArgumentException(
                  "cannot resolve '"
                      + path
                      + "' on "
                      + model.name()
                      + ": "
                      + (isAssociation
                          ? owner.name()
                              + "."
                              + name
                              + " is an association; name one of its attributes ('"
                              + name
                              + ".id')"
                              + alternative
                          : owner.name()
                              + " has no attribute '"
                              + name
                              + "'; its attributes are "
                              + attributeNames(owner)
                              + associationNames(owner)));
            });
  }

  private Association association(ModelMetadata owner, String name, String path) {
    return registry.associations(owner.type()).stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot resolve '"
                        + path
                        + "' on "
                        + model.name()
                        + ": "
                        + owner.name()
                        + " has no association '"
                        + name
                        + "'; its associations are "
                        + registry.associations(owner.type()).stream()
                            .map(Association::name)
                            .toList()
                        + (owner.attribute(name).isPresent()
                            ? " ('" + name + "' is an attribute: it ends a path)"
                            : "")));
  }

  /** {@code ", its associations [a, b]"}, or nothing for a model without any. */
  private String associationNames(ModelMetadata owner) {
    List<String> names =
        registry.associations(owner.type()).stream().map(Association::name).toList();
    return names.isEmpty() ? "" : ", its associations " + names;
  }

  private static List<String> attributeNames(ModelMetadata owner) {
    return owner.attributes().stream().map(AttributeMetadata::name).toList();
  }

  private static List<Association> append(List<Association> joins, Association association) {
    return Stream.concat(joins.stream(), Stream.of(association)).toList();
  }

  private static List<String> steps(String path) {
    List<String> steps = Arrays.asList(path.split("\\.", -1));
    if (steps.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("the path '" + path + "' has an empty step");
    }
    return steps;
  }
}
