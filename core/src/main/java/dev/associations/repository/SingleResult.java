package dev.associations.repository;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;

/** The one row a method returning an entity or an {@code Optional} of it gives. */
final class SingleResult {

  private SingleResult() {}

  /**
   * @throws IncorrectResultSizeDataAccessException for more than one row
   */
  static @Nullable Object of(List<?> rows, boolean optional) {
    if (rows.size() > 1) {
      throw new IncorrectResultSizeDataAccessException(1, rows.size());
    }
    Object row = rows.isEmpty() ? null : rows.get(0);
    return optional ? Optional.ofNullable(row) : row;
  }
}
