package dev.associations.repository;

import dev.associations.internal.query.IncludePlan;
import dev.associations.internal.sql.SqlStatement;
import dev.associations.metadata.ModelMetadata;
import dev.associations.registry.AssociationRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.repository.query.Param;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.util.ObjectUtils;

/**
 * A repository method annotated with {@link SqlQuery} or {@link SqlUpdate}: its SQL, named
 * parameters bound from the method's parameters, checked when the repository is created.
 */
final class SqlMethod {

  /** What the method returns. */
  private enum Result {
    LIST,
    SET,
    OPTIONAL,
    ENTITY,
    INT,
    LONG,
    VOID
  }

  private final ParsedSql sql;
  private final List<String> names;
  private final Result result;
  private final String[] includes;

  private SqlMethod(ParsedSql sql, List<String> names, Result result, String[] includes) {
    this.sql = sql;
    this.names = names;
    this.result = result;
    this.includes = includes;
  }

  static boolean isSql(Method method) {
    return method.isAnnotationPresent(SqlQuery.class)
        || method.isAnnotationPresent(SqlUpdate.class);
  }

  /**
   * The method's SQL, or {@code null} with its problems added (each starting with "it" or "its").
   */
  static @Nullable SqlMethod of(
      Method method,
      ModelMetadata model,
      AssociationRegistry registry,
      RepositoryProblems.MethodProblems problems) {
    int before = problems.count();
    SqlQuery query = method.getAnnotation(SqlQuery.class);
    SqlUpdate update = method.getAnnotation(SqlUpdate.class);
    if (query != null && update != null) {
      problems.add("it has both @SqlQuery and @SqlUpdate", "keep one");
      return null;
    }
    ParsedSql sql =
        NamedParameterUtils.parseSqlStatement(query != null ? query.value() : update.value());
    List<String> names = new ArrayList<>();
    for (Parameter parameter : method.getParameters()) {
      Param param = parameter.getAnnotation(Param.class);
      if (param == null && !parameter.isNamePresent()) {
        problems.add(
            "its parameter " + parameter.getName() + " has no name at run time",
            "compile with -parameters" + " or annotate it with @Param(\"...\")");
      }
      names.add(param != null ? param.value() : parameter.getName());
    }
    MapSqlParameterSource declared = new MapSqlParameterSource();
    names.forEach(name -> declared.addValue(name, null));
    try {
      NamedParameterUtils.buildValueArray(sql, declared, null);
    } catch (InvalidDataAccessApiUsageException e) {
      problems.add(
          "its SQL names a parameter the method lacks (" + e.getMessage() + ")",
          "name only parameters of the method, or add the missing one; its parameters are "
              + names);
    }
    Result result = result(method, model, update != null, problems);
    Includes annotation = method.getAnnotation(Includes.class);
    String[] includes = annotation == null ? new String[0] : annotation.value();
    if (includes.length > 0 && update != null) {
      problems.add(
          "it has @Includes but modifies rows",
          "remove @Includes: only a @SqlQuery returns rows to load associations of");
    }
    try {
      IncludePlan.of(registry, model.type(), includes);
    } catch (IllegalArgumentException e) {
      problems.add("its @Includes ", e, "name associations of " + model.name());
    }
    // a missing result has its problem
    return problems.count() > before || result == null
        ? null
        : new SqlMethod(sql, names, result, includes);
  }

  private static @Nullable Result result(
      Method method,
      ModelMetadata model,
      boolean modifying,
      RepositoryProblems.MethodProblems problems) {
    Class<?> type = method.getReturnType();
    if (modifying) {
      Result result =
          type == void.class
              ? Result.VOID
              : type == int.class || type == Integer.class
                  ? Result.INT
                  : type == long.class || type == Long.class ? Result.LONG : null;
      if (result == null) {
        problems.add(
            "it must return void, int or long (the rows changed), not " + type.getSimpleName(),
            "change its return type to one of these");
      }
      return result;
    }
    java.lang.reflect.Type element =
        method.getGenericReturnType() instanceof ParameterizedType p
            ? p.getActualTypeArguments()[0]
            : model.type();
    Result result =
        type == List.class || type == Collection.class || type == Iterable.class
            ? Result.LIST
            : type == Set.class
                ? Result.SET
                : type == Optional.class
                    ? Result.OPTIONAL
                    : type == model.type() ? Result.ENTITY : null;
    if (result == null || element != model.type()) {
      problems.add(
          "it must return "
              + model.name()
              + ", or a List, Set or Optional of it, not "
              + method.getGenericReturnType().getTypeName().replaceAll("[\\w.]+[.$]", ""),
          "change its return type to one of these, or annotate it with @SqlUpdate if it modifies rows");
    }
    return result;
  }

  /** Runs the method: a query through the repository, an update in a transaction. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  @Nullable Object run(
      DefaultAssociationRepository repository, @Nullable Object @Nullable [] arguments) {
    @Nullable Object[] args = arguments == null ? new Object[0] : arguments;
    SqlStatement statement = statement(args);
    switch (result) {
      case VOID, INT, LONG -> {
        int changed = repository.updateBySql(statement);
        return result == Result.VOID
            ? null
            : result == Result.INT ? (Object) changed : (Object) (long) changed;
      }
      case SET -> {
        return new LinkedHashSet<>(repository.findBySql(statement, includes));
      }
      case OPTIONAL, ENTITY -> {
        return SingleResult.of(
            repository.findBySql(statement, includes), result == Result.OPTIONAL);
      }
      default -> {
        return repository.findBySql(statement, includes);
      }
    }
  }

  /**
   * The SQL with {@code ?} placeholders (a collection expanded to one per element) and its values.
   */
  private SqlStatement statement(@Nullable Object[] arguments) {
    MapSqlParameterSource source = new MapSqlParameterSource();
    for (int i = 0; i < names.size(); i++) {
      Object argument = arguments[i];
      // an array expands to a list as a collection does (Spring expands collections only)
      source.addValue(
          names.get(i),
          argument != null && argument.getClass().isArray() && !(argument instanceof byte[])
              ? Arrays.asList(ObjectUtils.toObjectArray(argument))
              : argument);
    }
    List<Object> values = new ArrayList<>();
    for (Object value : NamedParameterUtils.buildValueArray(sql, source, null)) {
      if (value instanceof Iterable<?> many) {
        many.forEach(values::add);
      } else {
        values.add(value);
      }
    }
    return new SqlStatement(NamedParameterUtils.substituteNamedParameters(sql, source), values);
  }
}
