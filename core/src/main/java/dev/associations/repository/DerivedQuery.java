package dev.associations.repository;

import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.internal.query.IncludePlan;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import dev.associations.registry.AssociationRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.Part.Type;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ObjectUtils;

/**
 * A repository method whose name is a query, parsed by Spring Data's {@link PartTree} ({@code
 * findByAuthorNameAndLikesGreaterThanOrderByTitleDesc}) into a {@link Query}: paths, parameter
 * types, return type and {@link Includes} are checked when the repository is created.
 */
final class DerivedQuery {

  private static final Pattern NAME =
      Pattern.compile(
          "^(find|read|get|query|search|stream|count|exists|delete|remove)\\p{Lu}?.*?By");

  private static final Set<Type> TEXT =
      EnumSet.of(
          Type.LIKE,
          Type.NOT_LIKE,
          Type.STARTING_WITH,
          Type.ENDING_WITH,
          Type.CONTAINING,
          Type.NOT_CONTAINING);
  private static final Set<Type> SUPPORTED =
      EnumSet.of(
          Type.SIMPLE_PROPERTY,
          Type.NEGATING_SIMPLE_PROPERTY,
          Type.GREATER_THAN,
          Type.GREATER_THAN_EQUAL,
          Type.LESS_THAN,
          Type.LESS_THAN_EQUAL,
          Type.BEFORE,
          Type.AFTER,
          Type.BETWEEN,
          Type.IS_NULL,
          Type.IS_NOT_NULL,
          Type.LIKE,
          Type.NOT_LIKE,
          Type.STARTING_WITH,
          Type.ENDING_WITH,
          Type.CONTAINING,
          Type.NOT_CONTAINING,
          Type.IN,
          Type.NOT_IN,
          Type.TRUE,
          Type.FALSE,
          Type.IS_EMPTY,
          Type.IS_NOT_EMPTY);

  /** What the method returns. */
  private enum Result {
    LIST,
    SET,
    OPTIONAL,
    ENTITY,
    PAGE,
    SLICE,
    STREAM,
    LONG,
    INT,
    BOOLEAN,
    VOID
  }

  /** One condition of the name, with whether it ignores case (only text attributes can). */
  private record Condition(Part part, String path, boolean ignoreCase) {}

  private final PartTree tree;
  private final List<List<Condition>> alternatives;
  private final Result result;
  private final String[] includes;
  private final int pageable;
  private final int sort;
  private final int limit;

  private DerivedQuery(
      PartTree tree,
      List<List<Condition>> alternatives,
      Result result,
      String[] includes,
      int pageable,
      int sort,
      int limit) {
    this.tree = tree;
    this.alternatives = alternatives;
    this.result = result;
    this.includes = includes;
    this.pageable = pageable;
    this.sort = sort;
    this.limit = limit;
  }

  /** Whether the method's name has the shape of a query ({@code findBy...}, {@code countBy...}). */
  static boolean looksDerived(Method method) {
    return NAME.matcher(method.getName()).find();
  }

  /**
   * The query of a method, or {@code null} with its problems added (each starting with "it" or
   * "its", for a sentence naming the method).
   */
  static @Nullable DerivedQuery of(
      Method method,
      ModelMetadata model,
      AssociationRegistry registry,
      RepositoryProblems.MethodProblems problems) {
    int before = problems.count();
    PartTree tree;
    try {
      tree = new PartTree(method.getName(), model.type());
    } catch (PropertyReferenceException | IllegalArgumentException e) {
      problems.add(
          "its name does not parse as a query on " + model.name() + ": " + e.getMessage(),
          "name attributes or associations of "
              + model.name()
              + "; its attributes are "
              + model.attributes().stream().map(AttributeMetadata::name).toList()
              + ", its associations "
              + registry.associations(model.type()).stream().map(a -> a.name()).toList());
      return null;
    }
    QueryResolver resolver = new QueryResolver(registry, model);
    Class<?>[] types = method.getParameterTypes();
    int pageable = indexOf(types, Pageable.class);
    int sort = indexOf(types, Sort.class);
    int limit = indexOf(types, Limit.class);
    List<Integer> valueParameters = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      if (i != pageable && i != sort && i != limit) {
        valueParameters.add(i);
      }
    }
    int needed = 0;
    List<List<Condition>> alternatives = new ArrayList<>();
    for (PartTree.OrPart or : tree) {
      List<Condition> all = new ArrayList<>();
      for (Part part : or) {
        List<Integer> arguments = new ArrayList<>();
        for (int i = 0; i < part.getNumberOfArguments(); i++, needed++) {
          if (needed < valueParameters.size()) {
            arguments.add(valueParameters.get(needed));
          }
        }
        all.add(
            condition(
                part, part.getProperty().toDotPath(), arguments, types, resolver, model, problems));
      }
      alternatives.add(all);
    }
    if (needed != valueParameters.size()) {
      problems.add(
          "its name takes "
              + needed
              + (needed == 1 ? " value" : " values")
              + ", but it has "
              + valueParameters.size()
              + " parameters besides Pageable, Sort and Limit",
          "give it one parameter per value, in the order of the conditions (Between takes two, IsNull none)");
    }
    Result result = result(method, tree, model, problems);
    if ((result == Result.PAGE || result == Result.SLICE) && pageable < 0) {
      problems.add(
          "it returns a "
              + (result == Result.PAGE ? "Page" : "Slice")
              + ", so it needs a Pageable parameter",
          "add a Pageable parameter, or return a List");
    }
    if (pageable >= 0 && (tree.getMaxResults() != null || limit >= 0)) {
      problems.add(
          "it takes a Pageable and " + (limit >= 0 ? "a Limit" : "a First/Top limit"),
          "give the page size once: in the Pageable, or drop the Pageable for "
              + (limit >= 0 ? "the Limit" : "First/Top"));
    }
    Includes annotation = method.getAnnotation(Includes.class);
    String[] includes = annotation == null ? new String[0] : annotation.value();
    try {
      IncludePlan.of(registry, model.type(), includes);
    } catch (IllegalArgumentException e) {
      problems.add("its @Includes ", e, "name associations of " + model.name());
    }
    return problems.count() > before || result == null
        ? null // a missing result has its problem
        : new DerivedQuery(tree, alternatives, result, includes, pageable, sort, limit);
  }

  private static Condition condition(
      Part part,
      String path,
      List<Integer> arguments,
      Class<?>[] types,
      QueryResolver resolver,
      ModelMetadata model,
      RepositoryProblems.MethodProblems problems) {
    Type type = part.getType();
    if (!SUPPORTED.contains(type)) {
      problems.add(
          "its keyword " + keyword(type) + " on '" + path + "' is not supported",
          "supported are " + SUPPORTED.stream().map(DerivedQuery::keyword).toList());
      return new Condition(part, path, false);
    }
    if (type == Type.IS_EMPTY || type == Type.IS_NOT_EMPTY) {
      try {
        resolver.associationAt(path);
      } catch (IllegalArgumentException e) {
        problems.add(
            "its keyword " + keyword(type) + ": ", e, "name an association of " + model.name());
      }
      return new Condition(part, path, false);
    }
    AttributeMetadata attribute;
    try {
      attribute = resolver.attributeAt(path);
    } catch (IllegalArgumentException e) {
      problems.add(
          "its condition on '" + path + "': ",
          e,
          "name an attribute of "
              + model.name()
              + " or of the target of one of its associations ('writer.name')");
      return new Condition(part, path, false);
    }
    Class<?> attributeType = AttributeTypes.box(attribute.javaType());
    boolean text = attributeType == String.class;
    if (part.shouldIgnoreCase() == Part.IgnoreCaseType.ALWAYS
        && (type == Type.IN || type == Type.NOT_IN)) {
      problems.add(
          "it ignores case on '" + path + "' with " + keyword(type) + ", which compares as stored",
          "use a list of the spellings wanted, or an Or of IgnoreCase conditions");
    }
    if (part.shouldIgnoreCase() == Part.IgnoreCaseType.ALWAYS && !text) {
      problems.add(
          "it ignores case on '"
              + path
              + "', which holds "
              + attributeType.getSimpleName()
              + "; only text has case",
          "drop IgnoreCase from the condition on '" + path + "'");
    }
    if (TEXT.contains(type) && !text) {
      problems.add(
          "its keyword "
              + keyword(type)
              + " on '"
              + path
              + "' needs a String attribute, not "
              + attributeType.getSimpleName(),
          "compare '"
              + path
              + "' with a keyword for "
              + attributeType.getSimpleName()
              + " values (Is, In, GreaterThan...), or name a String attribute");
    }
    if ((type == Type.TRUE || type == Type.FALSE) && attributeType != Boolean.class) {
      problems.add(
          "its keyword "
              + keyword(type)
              + " on '"
              + path
              + "' needs a Boolean attribute, not "
              + attributeType.getSimpleName(),
          "compare '" + path + "' with Is and a parameter, or name a Boolean attribute");
    }
    for (int index : arguments) {
      Class<?> given = AttributeTypes.box(types[index]);
      boolean many = type == Type.IN || type == Type.NOT_IN;
      boolean fits =
          many
              ? Collection.class.isAssignableFrom(given) || given.isArray()
              : given == attributeType
                  || Number.class.isAssignableFrom(given)
                      && Number.class.isAssignableFrom(attributeType);
      if (!fits) {
        problems.add(
            "its parameter #"
                + (index + 1)
                + " ("
                + types[index].getSimpleName()
                + ") does not fit '"
                + path
                + "', which "
                + (many ? "takes a Collection of " : "holds ")
                + attributeType.getSimpleName(),
            "declare it as " + (many ? "a Collection of " : "") + attributeType.getSimpleName());
      }
    }
    return new Condition(
        part,
        path,
        text
            && part.shouldIgnoreCase() != Part.IgnoreCaseType.NEVER
            && type != Type.IN
            && type != Type.NOT_IN);
  }

  private static @Nullable Result result(
      Method method,
      PartTree tree,
      ModelMetadata model,
      RepositoryProblems.MethodProblems problems) {
    Class<?> returned = method.getReturnType();
    java.lang.reflect.Type generic =
        method.getGenericReturnType() instanceof ParameterizedType p
            ? p.getActualTypeArguments()[0]
            : null;
    boolean ofModel = generic == null || generic == model.type();
    String name = model.type().getSimpleName();
    if (tree.isCountProjection()) {
      return expect(
          returned == long.class || returned == Long.class
              ? Result.LONG
              : returned == int.class || returned == Integer.class ? Result.INT : null,
          "long or int",
          method,
          problems);
    }
    if (tree.isExistsProjection()) {
      return expect(
          returned == boolean.class || returned == Boolean.class ? Result.BOOLEAN : null,
          "boolean",
          method,
          problems);
    }
    if (tree.isDelete()) {
      return expect(
          returned == void.class
              ? Result.VOID
              : returned == long.class || returned == Long.class
                  ? Result.LONG
                  : returned == int.class || returned == Integer.class
                      ? Result.INT
                      : returned == List.class && ofModel ? Result.LIST : null,
          "void, long, int or List<" + name + "> (the deleted)",
          method,
          problems);
    }
    Result result =
        returned == List.class || returned == Collection.class || returned == Iterable.class
            ? Result.LIST
            : returned == Set.class
                ? Result.SET
                : returned == Optional.class
                    ? Result.OPTIONAL
                    : returned == model.type()
                        ? Result.ENTITY
                        : returned == Page.class
                            ? Result.PAGE
                            : returned == Slice.class
                                ? Result.SLICE
                                : returned == Stream.class ? Result.STREAM : null;
    return expect(
        result != null && ofModel ? result : null,
        name + ", or a List, Set, Optional, Page, Slice or Stream" + " of it",
        method,
        problems);
  }

  private static @Nullable Result expect(
      @Nullable Result result,
      String expected,
      Method method,
      RepositoryProblems.MethodProblems problems) {
    if (result == null) {
      problems.add(
          "it must return "
              + expected
              + ", not "
              + method.getGenericReturnType().getTypeName().replaceAll("[\\w.]+[.$]", ""),
          "change its return type to one of these");
    }
    return result;
  }

  /**
   * The keyword of a condition type as method names write it ({@code StartingWith}, {@code Regex}).
   */
  private static String keyword(Type type) {
    List<String> keywords = new ArrayList<>(type.getKeywords());
    return keywords.size() > 1 && keywords.get(0).startsWith("Is")
        ? keywords.get(1)
        : keywords.get(0);
  }

  private static int indexOf(Class<?>[] types, Class<?> type) {
    for (int i = 0; i < types.length; i++) {
      if (types[i] == type) {
        return i;
      }
    }
    return -1;
  }

  /** Runs the query with these arguments, deletes in one transaction. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  @Nullable Object run(
      AssociationRepository repository,
      TransactionTemplate transaction,
      @Nullable Object @Nullable [] arguments) {
    @Nullable Object[] args = arguments == null ? new Object[0] : arguments;
    Query query = query(args);
    switch (result) {
      case LONG, INT -> {
        long count =
            tree.isDelete()
                ? delete(repository, transaction, query).size()
                : repository.count(query);
        return result == Result.INT ? (Object) Math.toIntExact(count) : (Object) count;
      }
      case BOOLEAN -> {
        return !repository.findAll(query.limit(1)).isEmpty();
      }
      case VOID -> {
        delete(repository, transaction, query);
        return null;
      }
      case PAGE -> {
        return repository.findAll(
            withIncludes(query), Objects.requireNonNull((Pageable) args[pageable], "pageable"));
      }
      case SLICE -> {
        Pageable page = Objects.requireNonNull((Pageable) args[pageable], "pageable");
        if (page.isUnpaged()) {
          return new SliceImpl<>(repository.findAll(withIncludes(query).page(page)), page, false);
        }
        List<Object> rows =
            repository.findAll(withIncludes(query).page(page).limit(page.getPageSize() + 1));
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
      }
      case OPTIONAL, ENTITY -> {
        return SingleResult.of(
            repository.findAll(withIncludes(query).limit(tree.getMaxResults() == null ? 2 : 1)),
            result == Result.OPTIONAL);
      }
      case SET -> {
        return new LinkedHashSet<>(repository.findAll(paged(withIncludes(query), args)));
      }
      case STREAM -> {
        return repository.stream(paged(withIncludes(query), args));
      }
      default -> {
        return tree.isDelete()
            ? delete(repository, transaction, query)
            : repository.findAll(paged(withIncludes(query), args));
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> delete(
      AssociationRepository repository, TransactionTemplate transaction, Query query) {
    return transaction.execute(
        status -> {
          List<Object> found = repository.findAll(query);
          repository.deleteAll(found);
          return found;
        });
  }

  /**
   * The query's page of a {@link Pageable} parameter of a method returning a list, set or stream.
   */
  private Query paged(Query query, @Nullable Object[] args) {
    return pageable >= 0 && args[pageable] != null ? query.page((Pageable) args[pageable]) : query;
  }

  private Query withIncludes(Query query) {
    return query.include(includes);
  }

  /** The conditions, order and limits of the name, with the arguments' values. */
  private Query query(@Nullable Object[] args) {
    dev.associations.repository.Condition where = null;
    List<Object> bound = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (i != pageable && i != sort && i != limit) {
        bound.add(args[i]);
      }
    }
    Iterator<Object> values = bound.iterator();
    for (List<Condition> all : alternatives) {
      dev.associations.repository.Condition both = null;
      for (Condition condition : all) {
        dev.associations.repository.Condition next = condition(condition, values);
        both = both == null ? next : both.and(next);
      }
      // an alternative has at least one condition
      Objects.requireNonNull(both, "the conditions of an alternative");
      where = where == null ? both : where.or(both);
    }
    Query query = where == null ? Query.all() : Query.where(where);
    query = query.orderBy(tree.getSort());
    if (sort >= 0 && args[sort] != null) {
      query = query.orderBy((Sort) args[sort]);
    }
    Integer max = tree.getMaxResults();
    if (limit >= 0 && args[limit] != null && ((Limit) args[limit]).isLimited()) {
      max = max == null ? ((Limit) args[limit]).max() : Math.min(max, ((Limit) args[limit]).max());
    }
    return max == null ? query : query.limit(max);
  }

  private static dev.associations.repository.Condition condition(
      Condition condition, Iterator<Object> values) {
    Criterion<dev.associations.repository.Condition> test =
        dev.associations.repository.Condition.where(condition.path);
    boolean ignoreCase = condition.ignoreCase;
    return switch (condition.part.getType()) {
      case SIMPLE_PROPERTY -> {
        Object value = values.next();
        yield value == null
            ? test.isNull()
            : ignoreCase ? test.isIgnoreCase((String) value) : test.is(value);
      }
      case NEGATING_SIMPLE_PROPERTY -> {
        Object value = values.next();
        yield value == null
            ? test.isNotNull()
            : ignoreCase
                ? dev.associations.repository.Condition.not(test.isIgnoreCase((String) value))
                : test.isNot(value);
      }
      case GREATER_THAN, AFTER -> test.greaterThan(values.next());
      case GREATER_THAN_EQUAL -> test.greaterThanOrEqual(values.next());
      case LESS_THAN, BEFORE -> test.lessThan(values.next());
      case LESS_THAN_EQUAL -> test.lessThanOrEqual(values.next());
      case BETWEEN -> test.between(values.next(), values.next());
      case IS_NULL -> test.isNull();
      case IS_NOT_NULL -> test.isNotNull();
      case LIKE ->
          ignoreCase
              ? test.likeIgnoreCase((String) values.next())
              : test.like((String) values.next());
      case NOT_LIKE ->
          dev.associations.repository.Condition.not(
              ignoreCase
                  ? test.likeIgnoreCase((String) values.next())
                  : test.like((String) values.next()));
      case STARTING_WITH ->
          ignoreCase
              ? test.startsWithIgnoreCase((String) values.next())
              : test.startsWith((String) values.next());
      case ENDING_WITH ->
          ignoreCase
              ? test.endsWithIgnoreCase((String) values.next())
              : test.endsWith((String) values.next());
      case CONTAINING ->
          ignoreCase
              ? test.containsIgnoreCase((String) values.next())
              : test.contains((String) values.next());
      case NOT_CONTAINING ->
          dev.associations.repository.Condition.not(
              ignoreCase
                  ? test.containsIgnoreCase((String) values.next())
                  : test.contains((String) values.next()));
      case IN -> test.in(collection(values.next()));
      case NOT_IN -> test.notIn(collection(values.next()));
      case TRUE -> test.is(true);
      case FALSE -> test.is(false);
      case IS_EMPTY -> dev.associations.repository.Condition.hasNone(condition.path);
      case IS_NOT_EMPTY -> dev.associations.repository.Condition.has(condition.path);
      default -> throw new IllegalStateException("unsupported condition " + condition.part);
    };
  }

  private static Collection<?> collection(Object value) {
    if (value == null) {
      throw new IllegalArgumentException(
          "an In condition's values are null; pass an empty collection for none");
    }
    return value instanceof Collection<?> c ? c : Arrays.asList(ObjectUtils.toObjectArray(value));
  }
}
