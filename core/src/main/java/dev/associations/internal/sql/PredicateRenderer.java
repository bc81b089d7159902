package dev.associations.internal.sql;

import dev.associations.internal.query.LikePattern;
import dev.associations.internal.query.Predicate;
import dev.associations.internal.query.Predicate.AllOf;
import dev.associations.internal.query.Predicate.AnyOf;
import dev.associations.internal.query.Predicate.Comparison;
import dev.associations.internal.query.Predicate.Exists;
import dev.associations.internal.query.Predicate.Not;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.ModelMetadata;
import dev.associations.metadata.TargetUniqueness;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders {@link Predicate}s as SQL over a {@link TableScope}, appending their bound values to a
 * parameter list in the order of their {@code ?}. To-one paths join in the scope; an {@link Exists}
 * is a correlated {@code EXISTS} subquery with a scope of its own, so no row of the scope's table
 * is ever repeated.
 */
final class PredicateRenderer {

  private final SqlColumns sql;

  /** The dialect's LIKE escape character, and the clause naming it (none for the SQL default). */
  private final char likeEscape;

  private final String escapeClause;

  PredicateRenderer(SqlColumns sql) {
    this.sql = sql;
    this.likeEscape = sql.dialect().likeEscape();
    this.escapeClause = likeEscape == '\\' ? "" : " ESCAPE '" + likeEscape + "'";
  }

  /** The SQL of a predicate, without a leading {@code WHERE}. */
  String render(Predicate predicate, TableScope scope, List<Object> parameters) {
    if (predicate instanceof Comparison comparison) {
      return comparison(comparison, scope, parameters);
    }
    if (predicate instanceof AllOf all) {
      return junction(all.predicates(), " AND ", "1 = 1", scope, parameters);
    }
    if (predicate instanceof AnyOf any) {
      return junction(any.predicates(), " OR ", "1 = 0", scope, parameters);
    }
    if (predicate instanceof Not not) {
      return "NOT (" + render(not.predicate(), scope, parameters) + ")";
    }
    return exists((Exists) predicate, scope, parameters);
  }

  private String junction(
      List<Predicate> predicates,
      String operator,
      String empty,
      TableScope scope,
      List<Object> parameters) {
    if (predicates.isEmpty()) {
      return empty;
    }
    if (predicates.size() == 1) {
      return render(predicates.get(0), scope, parameters);
    }
    return predicates.stream()
        .map(p -> render(p, scope, parameters))
        .collect(Collectors.joining(operator, "(", ")"));
  }

  private String comparison(Comparison comparison, TableScope scope, List<Object> parameters) {
    String column = scope.column(comparison.joins(), comparison.attribute().columnName());
    List<Object> values = comparison.values();
    String sql =
        switch (comparison.operator()) {
          case EQUALS -> column + " = ?";
          case NOT_EQUALS -> column + " <> ?";
          case EQUALS_IGNORE_CASE -> "LOWER(" + column + ") = LOWER(?)";
          case IN ->
              values.isEmpty()
                  ? "1 = 0"
                  : column + " IN (" + SqlColumns.placeholders(values.size()) + ")";
          case NOT_IN ->
              values.isEmpty()
                  ? "1 = 1"
                  : column + " NOT IN (" + SqlColumns.placeholders(values.size()) + ")";
          case IS_NULL -> column + " IS NULL";
          case IS_NOT_NULL -> column + " IS NOT NULL";
          case GREATER_THAN -> column + " > ?";
          case GREATER_THAN_OR_EQUAL -> column + " >= ?";
          case LESS_THAN -> column + " < ?";
          case LESS_THAN_OR_EQUAL -> column + " <= ?";
          case BETWEEN -> column + " BETWEEN ? AND ?";
          case LIKE -> column + " LIKE ?" + escapeClause;
          case LIKE_IGNORE_CASE -> "LOWER(" + column + ") LIKE LOWER(?)" + escapeClause;
        };
    boolean like =
        comparison.operator() == Predicate.Operator.LIKE
            || comparison.operator() == Predicate.Operator.LIKE_IGNORE_CASE;
    parameters.addAll(like ? List.of(((LikePattern) values.get(0)).render(likeEscape)) : values);
    return sql;
  }

  /**
   * {@code EXISTS (SELECT 1 FROM t s ... WHERE s.id = alias.id AND ...)}: the row of {@code model}
   * aliased {@code alias} meets the predicate, whose paths may need joins of their own.
   */
  String sameRow(
      ModelMetadata model,
      String alias,
      Predicate predicate,
      TableScope scope,
      List<Object> parameters) {
    TableScope inner = scope.subquery();
    List<Object> whereParameters = new ArrayList<>();
    String where = render(predicate, inner, whereParameters);
    parameters.addAll(inner.joinParameters());
    parameters.addAll(whereParameters);
    List<String> key = model.primaryKey().stream().map(AttributeMetadata::columnName).toList();
    return "EXISTS (SELECT 1 FROM "
        + sql.table(model.table())
        + " "
        + inner.alias()
        + inner.joins()
        + " WHERE "
        + sql.equalities(inner.alias(), key, alias, key)
        + " AND "
        + where
        + ")";
  }

  /**
   * {@code EXISTS (SELECT 1 FROM target s ... WHERE s.key = outer.key AND ...)}, through the join
   * table for a BelongsToMany.
   */
  private String exists(Exists exists, TableScope scope, List<Object> parameters) {
    String outer = scope.aliasOf(exists.joins());
    TableScope inner = scope.subquery();
    Association association = exists.association();
    List<Object> innerParameters = new ArrayList<>();
    String where =
        exists.where() == null ? "" : " AND " + render(exists.where(), inner, innerParameters);
    String target = sql.table(association.target().table()) + " " + inner.alias();
    String from;
    List<Object> correlationParameters = new ArrayList<>();
    String correlation;
    List<Object> joinRowParameters = List.of();
    if (association.type() == AssociationType.BELONGS_TO_MANY) {
      String join = inner.alias() + "j";
      ForeignKeyMetadata key = association.foreignKey();
      ForeignKeyMetadata other =
          Objects.requireNonNull(association.otherKey(), "a BelongsToMany's other key");
      JoinTable through =
          Objects.requireNonNull(association.through(), "a BelongsToMany's join table");
      from =
          sql.table(through.name())
              + " "
              + join
              + " JOIN "
              + target
              + " ON "
              + sql.equalities(
                  inner.alias(), other.referencedColumnNames(), join, other.columnNames());
      correlation =
          sql.equalities(join, key.columnNames(), outer, key.referencedColumnNames())
              + sql.scope(association, join, correlationParameters);
      if (exists.through() != null) {
        TableScope joinRow = inner.sibling(join);
        where += " AND " + render(exists.through(), joinRow, innerParameters);
        from += joinRow.joins();
        joinRowParameters = joinRow.joinParameters();
      }
    } else {
      from = target;
      correlation = sql.keyMatch(association, inner.alias(), outer, correlationParameters);
      if (!association.isMultiple()
          && association.targetUniqueness() != TargetUniqueness.PRIMARY_KEY) {
        // the row a path reads
        correlation +=
            " AND "
                + LowestKeyTarget.condition(sql, association, inner.alias(), correlationParameters);
      }
    }
    parameters.addAll(joinRowParameters);
    parameters.addAll(inner.joinParameters());
    parameters.addAll(correlationParameters);
    parameters.addAll(innerParameters);
    return "EXISTS (SELECT 1 FROM " + from + inner.joins() + " WHERE " + correlation + where + ")";
  }
}
