package dev.associations.internal.sql;

import dev.associations.metadata.Association;
import dev.associations.metadata.TargetUniqueness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table one statement, or one {@code EXISTS} subquery of it, filters and orders, with the
 * to-one associations its conditions and orderings reach LEFT JOINed once per path. A joined target
 * is always single: one matched on a primary key is, any other gets the {@linkplain LowestKeyTarget
 * lowest-key condition}, so that no row of the scope's table repeats. Aliases ({@code q1}, {@code
 * q2}...) are unique across a statement and its subqueries.
 */
final class TableScope {

  private final SqlColumns sql;
  private final int[] aliasCount;
  private final String alias;
  private final Map<List<Association>, String> joined = new HashMap<>();
  private final StringBuilder joins = new StringBuilder();
  private final List<Object> joinParameters = new ArrayList<>();

  private TableScope(SqlColumns sql, int[] aliasCount, String alias) {
    this.sql = sql;
    this.aliasCount = aliasCount;
    this.alias = alias;
  }

  /** The scope of a statement whose table is aliased {@code alias}. */
  static TableScope of(SqlColumns sql, String alias) {
    return new TableScope(sql, new int[1], alias);
  }

  /** A scope for a subquery of this statement, with an alias of its own. */
  TableScope subquery() {
    return new TableScope(sql, aliasCount, nextAlias());
  }

  /**
   * A scope for another table of this statement, aliased {@code alias}, whose joins the caller
   * appends too.
   */
  TableScope sibling(String alias) {
    return new TableScope(sql, aliasCount, alias);
  }

  String alias() {
    return alias;
  }

  /**
   * The alias of the table at the end of this to-one path, joining it (and the steps before) on
   * first use.
   */
  String aliasOf(List<Association> path) {
    if (path.isEmpty()) {
      return alias;
    }
    String known = joined.get(path);
    if (known != null) {
      return known;
    }
    String source = aliasOf(path.subList(0, path.size() - 1));
    Association association = path.get(path.size() - 1);
    String target = nextAlias();
    joins
        .append(" LEFT JOIN ")
        .append(sql.table(association.target().table()))
        .append(' ')
        .append(target)
        .append(" ON ")
        .append(sql.keyMatch(association, target, source, joinParameters));
    if (association.targetUniqueness() != TargetUniqueness.PRIMARY_KEY) {
      joins
          .append(" AND ")
          .append(LowestKeyTarget.condition(sql, association, target, joinParameters));
    }
    joined.put(List.copyOf(path), target);
    return target;
  }

  /** The column of an attribute of the table at the end of a to-one path. */
  String column(List<Association> path, String columnName) {
    return sql.column(aliasOf(path), columnName);
  }

  /**
   * The LEFT JOINs made so far, each with a leading space; read it after rendering what needs them.
   */
  String joins() {
    return joins.toString();
  }

  /** The values of the {@link #joins()}' parameters (association scopes), in order. */
  List<Object> joinParameters() {
    return List.copyOf(joinParameters);
  }

  private String nextAlias() {
    return "q" + ++aliasCount[0];
  }
}
