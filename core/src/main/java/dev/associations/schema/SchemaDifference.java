package dev.associations.schema;

/**
 * One way the live schema differs from the models.
 *
 * @param table the table concerned
 * @param description what differs, e.g. {@code foreign key ... is missing}
 */
public record SchemaDifference(String table, String description) {

  @Override
  public String toString() {
    return table + ": " + description;
  }
}
