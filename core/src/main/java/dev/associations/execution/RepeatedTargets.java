package dev.associations.execution;

import dev.associations.metadata.Association;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.TargetUniqueness;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.IncorrectResultSizeDataAccessException;

/**
 * The failure of a to-one association that found several targets for one source row although its
 * key is {@linkplain TargetUniqueness#UNIQUE_CONSTRAINT unique in the generated schema}: the live
 * schema lacks the constraint. Loading fails rather than repeat the source row or pick a target.
 */
final class RepeatedTargets {

  private RepeatedTargets() {
  }

  /**
   * @param sourceAttributes the source attributes the values belong to
   * @param sourceValues the values identifying the source row
   */
  static IncorrectResultSizeDataAccessException exception(Association association,
      List<AttributeMetadata> sourceAttributes, List<Object> sourceValues) {
    String target = association.target().name();
    String columns = association.targetMatchAttributes().stream().map(AttributeMetadata::columnName)
        .collect(Collectors.joining(", ", "(", ")"));
    String table = association.target().table();
    return new IncorrectResultSizeDataAccessException(association.qualifiedName() + ": several " + target
        + " rows match the " + association.source().name() + " with "
        + sourceAttributes.stream().map(AttributeMetadata::name).toList() + " = " + sourceValues + ", but a "
        + association.type().displayName() + " has one target: the generated schema makes " + table + " " + columns
        + " unique, and the live table has no such constraint — add UNIQUE " + columns + " to " + table
        + ", or declare the association with foreignKeyConstraints = false to load the " + target
        + " with the lowest primary key", 1);
  }
}
