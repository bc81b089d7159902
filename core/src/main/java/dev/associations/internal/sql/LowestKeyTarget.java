package dev.associations.internal.sql;

import dev.associations.metadata.Association;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.TargetUniqueness;
import java.util.ArrayList;
import java.util.List;

/**
 * The row a to-one association loads when several target rows match one source row, which only an
 * unconstrained key allows ({@link TargetUniqueness#NONE}: {@code foreignKeyConstraints = false} or
 * {@code associations.foreign-keys.constraints=false}, or a scope, where a HasOne's key is not made
 * unique): the one with the lowest primary key. The condition keeps only that row, so a join never
 * repeats its source row and a limit keeps counting roots.
 */
final class LowestKeyTarget {

  private LowestKeyTarget() {}

  /** Whether the association's join or {@code get} needs the {@link #condition}. */
  static boolean isNeeded(Association association) {
    return !association.isMultiple() && association.targetUniqueness() == TargetUniqueness.NONE;
  }

  /**
   * {@code NOT EXISTS (SELECT 1 FROM target tx WHERE tx.fk = t.fk AND tx.id < t.id)} for the target
   * row aliased {@code alias}, matched on {@link Association#targetMatchAttributes()} (and, for a
   * HasOne, in its scope, whose values go to {@code parameters}); a composite primary key compares
   * column by column.
   */
  static String condition(
      SqlColumns sql, Association association, String alias, List<Object> parameters) {
    String other = alias + "x";
    List<String> keyColumns =
        association.targetMatchAttributes().stream().map(AttributeMetadata::columnName).toList();
    List<String> primaryKey =
        association.target().primaryKey().stream().map(AttributeMetadata::columnName).toList();
    String scope =
        association.type().isKeyOnTarget() ? sql.scope(association, other, parameters) : "";
    return "NOT EXISTS (SELECT 1 FROM "
        + sql.table(association.target().table())
        + " "
        + other
        + " WHERE "
        + sql.equalities(other, keyColumns, alias, keyColumns)
        + scope
        + " AND "
        + lower(sql, primaryKey, other, alias)
        + ")";
  }

  /** {@code (x.a < t.a OR x.a = t.a AND x.b < t.b)}: the key of {@code other} comes first. */
  private static String lower(SqlColumns sql, List<String> key, String other, String alias) {
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      StringBuilder alternative = new StringBuilder();
      for (int j = 0; j < i; j++) {
        alternative
            .append(sql.column(other, key.get(j)))
            .append(" = ")
            .append(sql.column(alias, key.get(j)))
            .append(" AND ");
      }
      alternatives.add(
          alternative
              .append(sql.column(other, key.get(i)))
              .append(" < ")
              .append(sql.column(alias, key.get(i)))
              .toString());
    }
    return "(" + String.join(" OR ", alternatives) + ")";
  }
}
