package dev.associations.internal.execution;

import dev.associations.internal.sql.MixinStatements;
import dev.associations.listener.StatementKind;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.ModelMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;

/**
 * Writes an association's links as one JDBC batch each: foreign keys set or nulled, join rows
 * inserted or deleted. Linking a row that does not exist is an error.
 */
final class LinkWriter {

  private final StatementExecutor executor;
  private final MixinStatements statements;
  private final Association association;

  /** The join model's, for a BelongsToMany through one; else {@code null}. */
  private final @Nullable EntityAccess<Object> joinRows;

  LinkWriter(StatementExecutor executor, MixinStatements statements, Association association) {
    this.executor = executor;
    this.statements = statements;
    this.association = association;
    JoinTable through = association.through();
    ModelMetadata joinModel = through == null ? null : through.model();
    this.joinRows = joinModel == null ? null : EntityAccess.of(joinModel);
  }

  /** Points the foreign keys of these targets (HasOne, HasMany) at the source. */
  void assign(List<Object> sourceKey, List<List<Object>> targetKeys) {
    List<Object> assigned = concat(sourceKey, statements.scopeValues());
    List<List<Object>> rows = targetKeys.stream().map(k -> concat(assigned, k)).toList();
    check(
        batch(StatementKind.UPDATE, statements.assign(), rows),
        targetKeys,
        association.target().name());
  }

  /** Sets the source's foreign key (BelongsTo) to these values, {@code null}s to unlink. */
  void assignSource(List<Object> sourceKey, List<Object> values) {
    int updated =
        executor.update(
            StatementKind.UPDATE,
            statements.assign(),
            concat(concat(values, statements.scopeValues()), sourceKey));
    check(new int[] {updated}, List.of(sourceKey), association.source().name());
  }

  /**
   * Nulls the source's foreign key (BelongsTo) where the source row is in the association's scope
   * (a row of another scope is not this association's to unlink).
   *
   * @return whether the row was unlinked: {@code false} for a row outside the scope
   * @throws IncorrectUpdateSemanticsDataAccessException when no source row has the key, for an
   *     association without a scope
   */
  boolean unassignSource(List<Object> sourceKey) {
    int updated =
        executor.update(
            StatementKind.UPDATE,
            statements.unassign(),
            concat(sourceKey, statements.scopeValues()));
    if (association.scope().isEmpty()) {
      check(new int[] {updated}, List.of(sourceKey), association.source().name());
    }
    return updated > 0;
  }

  /**
   * Unlinks these targets from the source: deletes their join rows (BelongsToMany), nulls their
   * foreign key, or deletes them when it is NOT NULL (HasOne, HasMany). Targets not linked to the
   * source are left alone.
   */
  void unlink(List<Object> sourceKey, List<List<Object>> targetKeys) {
    boolean delete =
        association.type() == AssociationType.BELONGS_TO_MANY
            || !association.foreignKey().nullable();
    batch(
        delete ? StatementKind.DELETE : StatementKind.UPDATE,
        delete ? statements.deleteLink() : statements.unlink(),
        targetKeys.stream()
            .map(k -> concat(concat(k, sourceKey), statements.scopeValues()))
            .toList());
  }

  /**
   * Inserts the join rows of these targets (BelongsToMany): one batch of those with values, from an
   * instance of the join model, and one of those without ({@code null}), whose other columns take
   * their defaults.
   */
  void insert(List<Object> sourceKey, List<List<Object>> targetKeys, List<Object> values) {
    List<List<Object>> keysOnly = new ArrayList<>();
    List<List<Object>> valued = new ArrayList<>();
    for (int i = 0; i < targetKeys.size(); i++) {
      List<Object> row = concat(concat(sourceKey, targetKeys.get(i)), statements.scopeValues());
      if (values.get(i) == null) {
        keysOnly.add(row);
      } else {
        valued.add(concat(row, linkValues(values.get(i))));
      }
    }
    batch(StatementKind.INSERT, statements.insertLink(), keysOnly);
    batch(StatementKind.INSERT, statements.insertLinkWithValues(), valued);
  }

  /**
   * Writes these values (instances of the join model) into the existing join rows of these targets.
   */
  void updateValues(List<Object> sourceKey, List<List<Object>> targetKeys, List<Object> values) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < targetKeys.size(); i++) {
      rows.add(
          concat(
              concat(concat(linkValues(values.get(i)), targetKeys.get(i)), sourceKey),
              statements.scopeValues()));
    }
    batch(StatementKind.UPDATE, statements.updateLinkValues(), rows);
  }

  private List<Object> linkValues(Object joinRow) {
    // join values are checked to be instances of the join model, so there is one
    EntityAccess<Object> access = Objects.requireNonNull(joinRows, "the join model's access");
    return statements.linkValueAttributes().stream().map(a -> access.get(joinRow, a)).toList();
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
        throw new IncorrectUpdateSemanticsDataAccessException(
            association.qualifiedName() + ": no " + model + " has the key " + keys.get(i));
      }
    }
  }

  private static List<Object> concat(List<Object> first, List<Object> second) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
