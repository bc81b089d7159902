package dev.associations.metadata;

import dev.associations.annotation.ReferentialAction;
import java.util.List;

/**
 * A resolved foreign key: the columns of {@code table} that reference {@code referencedTable}, with
 * the actions the database takes. One value is shared by an association and its inverse.
 *
 * @param table the table holding the foreign key (a model's or a join table)
 * @param referencedModel the model the key points at
 * @param columns the key columns, one per referenced key attribute
 * @param nullable {@code true} when every column accepts {@code NULL}
 * @param onDelete the resolved {@code ON DELETE} action (never {@code DEFAULT})
 * @param onUpdate the resolved {@code ON UPDATE} action (never {@code DEFAULT})
 * @param constrained {@code false} when no {@code REFERENCES} constraint is emitted
 * @param constraintName the deterministic constraint name, within every supported database's limit
 */
public record ForeignKeyMetadata(
    String table,
    ModelMetadata referencedModel,
    List<KeyColumn> columns,
    boolean nullable,
    ReferentialAction onDelete,
    ReferentialAction onUpdate,
    boolean constrained,
    String constraintName) {

  public ForeignKeyMetadata {
    columns = List.copyOf(columns);
  }

  /** The referenced table. */
  public String referencedTable() {
    return referencedModel.table();
  }

  /** The foreign key attributes, in key order. */
  public List<AttributeMetadata> attributes() {
    return columns.stream().map(KeyColumn::attribute).toList();
  }

  /** The referenced key attributes, in key order. */
  public List<AttributeMetadata> referencedAttributes() {
    return columns.stream().map(KeyColumn::referenced).toList();
  }

  /** The foreign key column names, in key order. */
  public List<String> columnNames() {
    return attributes().stream().map(AttributeMetadata::columnName).toList();
  }

  /** The referenced column names, in key order. */
  public List<String> referencedColumnNames() {
    return referencedAttributes().stream().map(AttributeMetadata::columnName).toList();
  }

  /** {@code true} for a key of several columns. */
  public boolean isComposite() {
    return columns.size() > 1;
  }
}
