package dev.associations.internal.execution;

import dev.associations.metadata.Association;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.TargetUniqueness;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;

/**
 * Failures of rows that do not fit their keys: a to-one association that found several targets for
 * one source row although its key is {@linkplain TargetUniqueness#UNIQUE_CONSTRAINT unique in the
 * generated schema} (the live schema lacks the constraint: loading fails rather than repeat the
 * source row or pick a target), and a row whose parent key matches none asked for.
 */
final class UnexpectedRows {

  private UnexpectedRows() {}

  /**
   * The failure of a row read back for a parent key that equals none of the keys asked for: the
   * database compared them differently than Java does (a case-insensitive collation, padding).
   */
  static DataRetrievalFailureException unmatchedKey(Association association, @Nullable Object key) {
    return new DataRetrievalFailureException(
        association.qualifiedName()
            + ": a row came back for the key "
            + key
            + ", which equals none of the keys asked for; the database compares these key values differently than Java"
            + " (a case-insensitive collation or padding, say): use keys that compare alike");
  }

  /**
   * @param sourceAttributes the source attributes the values belong to
   * @param sourceValues the values identifying the source row
   */
  static IncorrectResultSizeDataAccessException repeatedTargets(
      Association association,
      List<AttributeMetadata> sourceAttributes,
      List<Object> sourceValues) {
    String target = association.target().name();
    String columns =
        association.targetMatchAttributes().stream()
            .map(AttributeMetadata::columnName)
            .collect(Collectors.joining(", ", "(", ")"));
    String table = association.target().table();
    return new IncorrectResultSizeDataAccessException(
        association.qualifiedName()
            + ": several "
            + target
            + " rows match the "
            + association.source().name()
            + " with "
            + sourceAttributes.stream().map(AttributeMetadata::name).toList()
            + " = "
            + sourceValues
            + ", but a "
            + association.type().displayName()
            + " has one target: the generated schema makes "
            + table
            + " "
            + columns
            + " unique, and the live table has no such constraint — add UNIQUE "
            + columns
            + " to "
            + table
            + ", or declare the association with foreignKeyConstraints = false to load the "
            + target
            + " with the lowest primary key",
        1);
  }
}
