package dev.associations.naming;

import static dev.associations.internal.naming.Words.snakeCase;

/**
 * How model and attribute names become table and column names.
 *
 * @param underscored {@code true} for snake_case names ({@code owner_id}), {@code false} to keep
 *     them verbatim ({@code ownerId})
 * @param pluralTableNames {@code true} for plural table names ({@code people}), {@code false} for
 *     the singular model name ({@code person})
 */
public record NamingStrategy(boolean underscored, boolean pluralTableNames) {

  /** snake_case, plural table names: Sequelize's {@code underscored: true}. */
  public static final NamingStrategy DEFAULT = new NamingStrategy(true, true);

  /** The table of a model with these names. */
  public String tableName(String singularModelName, String pluralModelName) {
    String name = pluralTableNames ? pluralModelName : singularModelName;
    return underscored ? snakeCase(name) : name;
  }

  /** The column of an attribute. */
  public String columnName(String attributeName) {
    return underscored ? snakeCase(attributeName) : attributeName;
  }
}
