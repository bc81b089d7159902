package dev.associations.execution;

import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.sql.MixinStatements;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;

/**
 * Writes an association's links as one JDBC batch each: foreign keys set or nulled, join rows
 * inserted or deleted. Linking a row that does not exist is an error.
 */
final class LinkWriter {

  private final StatementExecutor executor;
  private final MixinStatements statements;
  private final Association association;

  LinkWriter(StatementExecutor executor, MixinStatements statements, Association association) {
    this.executor = executor;
    this.statements = statements;
    this.association = association;
  }

  /** Points the foreign keys of these targets (HasOne, HasMany) at the source. */
  void assign(List<Object> sourceKey, List<List<Object>> targetKeys) {
    List<List<Object>> rows = targetKeys.stream().map(k -> concat(sourceKey, k)).toList();
    check(batch(StatementKind.UPDATE, statements.assign(), rows), targetKeys, association.target().name());
  }

  /** Sets the source's foreign key (BelongsTo) to these values, {@code null}s to unlink. */
  void assignSource(List<Object> sourceKey, List<Object> values) {
    int updated = executor.update(StatementKind.UPDATE, statements.assign(), concat(values, sourceKey));
    check(new int[] {updated}, List.of(sourceKey), association.source().name());
  }

  /**
   * Unlinks these targets from the source: deletes their join rows (BelongsToMany), nulls their
   * foreign key, or deletes them when it is NOT NULL (HasOne, HasMany). Targets not linked to the
   * source are left alone.
   */
  void unlink(List<Object> sourceKey, List<List<Object>> targetKeys) {
    boolean delete = association.type() == AssociationType.BELONGS_TO_MANY || !association.foreignKey().nullable();
    batch(delete ? StatementKind.DELETE : StatementKind.UPDATE, delete ? statements.deleteLink() : statements.unlink(),
        targetKeys.stream().map(k -> concat(k, sourceKey)).toList());
  }

  /** Inserts the join rows of these targets (BelongsToMany). */
  void insert(List<Object> sourceKey, List<List<Object>> targetKeys) {
    batch(StatementKind.INSERT, statements.insertLink(), targetKeys.stream().map(k -> concat(sourceKey, k)).toList());
  }

  private int[] batch(StatementKind kind, String sql, List<List<Object>> rows) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    return executor.batch(kind, sql, rows);
  }

  private void check(int[] counts, List<List<Object>> keys, String model) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        throw new IncorrectUpdateSemanticsDataAccessException(association.qualifiedName() + ": no " + model
            + " has the key " + keys.get(i));
      }
    }
  }

  private static List<Object> concat(List<Object> first, List<Object> second) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
