package dev.associations.schema;

/**
 * One way the live schema differs from the models, as {@link SchemaValidator#validate} lists them;
 * {@link SchemaValidationException#problems()} gives each with how to fix it.
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
