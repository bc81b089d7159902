package dev.associations.dialect;

import dev.associations.annotation.ReferentialAction;
import java.util.Arrays;
import java.util.List;

/**
 * What differs between the supported databases: identifier quoting and limits, column types and the
 * referential actions they can enforce.
 */
public interface Dialect {

  /** A short name for messages: {@code H2}, {@code PostgreSQL}, {@code MariaDB}, {@code MySQL}. */
  String name();

  /**
   * An identifier as SQL text: bare when plain SQL would write it so ({@code people}, {@code
   * owner_id}: lower case letters, digits and underscores, not a word the database reserves), so
   * that scripts of your own (data.sql, Flyway, {@code @Query}) can name it without quotes on every
   * database; quoted otherwise, so that reserved words and case survive ({@code "order"}, {@code
   * `order`}, {@code "Orders"}).
   */
  String quote(String identifier);

  /**
   * Whether {@link #quote} quotes this identifier: it is not plain lower case, or is a reserved
   * word.
   */
  boolean needsQuotes(String identifier);

  /** Longest identifier (table, column, constraint name) the database accepts. */
  int maxIdentifierLength();

  /** Whether the database enforces this action; never asked about {@code DEFAULT}. */
  boolean supports(ReferentialAction action);

  /**
   * The actions the database enforces, in declaration order, for messages: never {@code DEFAULT}.
   */
  default List<ReferentialAction> supportedActions() {
    return Arrays.stream(ReferentialAction.values())
        .filter(action -> action != ReferentialAction.DEFAULT && supports(action))
        .toList();
  }

  /** Whether attributes of this Java type can be stored as a column. */
  boolean supportsType(Class<?> javaType);

  /** The SQL type of a column holding values of this Java type. */
  String columnType(Class<?> javaType);

  /** The SQL type of a database-generated column (identity / auto-increment) of this Java type. */
  String identityColumnType(Class<?> javaType);

  /**
   * Whether a batch of keys can be bound as one array parameter ({@code col = ANY(?)} with {@code
   * Connection.createArrayOf}); otherwise keys are written as {@code IN} lists.
   */
  default boolean supportsArrayParameters() {
    return false;
  }

  /**
   * The escape character of {@code LIKE} patterns. By default {@code '!'}, named by an {@code
   * ESCAPE '!'} clause: no database reads it specially in a string literal, whatever its settings
   * (a backslash depends on {@code NO_BACKSLASH_ESCAPES} on MariaDB and MySQL). A dialect returning
   * the backslash, the SQL default, gets no {@code ESCAPE} clause.
   */
  default char likeEscape() {
    return '!';
  }

  /**
   * The most keys one array parameter holds, where {@link #supportsArrayParameters()}: more keys
   * are read in chunks of this many, one statement each.
   */
  default int arrayParameterLimit() {
    return 50_000;
  }

  /**
   * Whether a query reads its rows a fetch size at a time only inside a transaction (PostgreSQL's
   * driver reads them all at once under auto-commit); streams then open one.
   */
  default boolean cursorsNeedTransaction() {
    return false;
  }

  /**
   * Whether the database creates an index for each foreign key constraint by itself (H2 and InnoDB
   * do, PostgreSQL does not); where it does not, the schema generator creates them.
   */
  default boolean indexesForeignKeys() {
    return false;
  }

  /**
   * An {@code INSERT} of one row, its values as {@code ?} placeholders (the key's, then the
   * others'), that does not fail when a row with the same values in the key columns exists (they
   * must form a primary key or unique constraint): a link added by two writers at once is added
   * once. PostgreSQL, MariaDB and MySQL then leave the existing row alone; H2 writes the other
   * columns over it. Any other violation, such as a foreign key's, still fails.
   */
  String insertUnlessPresent(String table, List<String> key, List<String> others);

  /**
   * An {@code INSERT} of one row that sets no column: every column takes its default, a generated
   * key its next value ({@code INSERT INTO t DEFAULT VALUES}).
   */
  default String insertDefaultValues(String table) {
    return "INSERT INTO " + quote(table) + " DEFAULT VALUES";
  }

  /**
   * What follows {@code ASC} or {@code DESC} in an ORDER BY term whose values may be {@code NULL},
   * so that {@code NULL} sorts lowest on every database (first ascending, last descending): {@code
   * NULLS FIRST} / {@code NULLS LAST}, or nothing where that is the database's rule.
   */
  default String nullsLowest(boolean descending) {
    return descending ? " NULLS LAST" : " NULLS FIRST";
  }

  /** A SQL string literal of this value ({@code 'it''s'}). */
  default String stringLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * A statement dropping a foreign key constraint; it does nothing when the table or the constraint
   * does not exist, where the database allows it.
   */
  default String dropForeignKey(String table, String constraintName) {
    return "ALTER TABLE IF EXISTS "
        + quote(table)
        + " DROP CONSTRAINT IF EXISTS "
        + quote(constraintName);
  }
}
