package dev.associations.metadata;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The join table of a BelongsToMany pair, seen from the association that declared it.
 *
 * @param name the table name ({@code people_toots})
 * @param model the join model, or {@code null} for a plain join table
 * @param sourceKey the columns pointing at the declaring association's source
 * @param targetKey the columns pointing at its target
 */
public record JoinTable(
    String name,
    @Nullable ModelMetadata model,
    ForeignKeyMetadata sourceKey,
    ForeignKeyMetadata targetKey) {

  /** {@code true} when a join model with its own attributes backs this table. */
  public boolean hasModel() {
    return model != null;
  }

  /**
   * Every column: the join model's attributes, or for a plain join table the two keys' columns,
   * which then form the primary key.
   */
  public List<AttributeMetadata> columns() {
    if (model != null) {
      return model.attributes();
    }
    List<AttributeMetadata> columns = new ArrayList<>(sourceKey.attributes());
    targetKey.attributes().stream().filter(a -> !columns.contains(a)).forEach(columns::add);
    return columns;
  }
}
