package dev.associations.dialect;

import dev.associations.annotation.ReferentialAction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What MariaDB and MySQL share: backtick quoting, 64-character identifiers, InnoDB's actions (no
 * {@code SET DEFAULT}), microsecond {@code DATETIME(6)} for every timestamp, backslash escapes in
 * string literals (the default {@code sql_mode}).
 */
abstract class InnoDbDialect extends AbstractDialect {

  InnoDbDialect(String name, String uuidColumnType, Set<String> reservedWords) {
    super(
        name,
        '`',
        64,
        EnumSet.of(
            ReferentialAction.CASCADE,
            ReferentialAction.RESTRICT,
            ReferentialAction.NO_ACTION,
            ReferentialAction.SET_NULL),
        columnTypes(uuidColumnType),
        reservedWords);
  }

  @Override
  public boolean indexesForeignKeys() {
    return true;
  }

  private static Map<Class<?>, String> columnTypes(String uuidColumnType) {
    Map<Class<?>, String> types = standardColumnTypes();
    types.put(Byte.class, "TINYINT");
    types.put(Double.class, "DOUBLE");
    types.put(Float.class, "FLOAT");
    types.put(LocalDateTime.class, "DATETIME(6)");
    types.put(OffsetDateTime.class, "DATETIME(6)");
    types.put(Instant.class, "DATETIME(6)");
    types.put(byte[].class, "LONGBLOB");
    types.put(UUID.class, uuidColumnType);
    return types;
  }

  @Override
  protected String identity(String integralColumnType) {
    return integralColumnType + " AUTO_INCREMENT";
  }

  @Override
  public String stringLiteral(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  public String dropForeignKey(String table, String constraintName) {
    return "ALTER TABLE IF EXISTS "
        + quote(table)
        + " DROP FOREIGN KEY IF EXISTS "
        + quote(constraintName);
  }

  /** Nothing: MariaDB and MySQL sort {@code NULL} lowest, and know no {@code NULLS FIRST}. */
  @Override
  public String nullsLowest(boolean descending) {
    return "";
  }

  /** {@code INSERT INTO t () VALUES ()}: MariaDB and MySQL have no {@code DEFAULT VALUES}. */
  @Override
  public String insertDefaultValues(String table) {
    return "INSERT INTO " + quote(table) + " () VALUES ()";
  }

  /**
   * {@code ON DUPLICATE KEY UPDATE} of a key column to itself (unlike {@code INSERT IGNORE},
   * foreign key errors still fail).
   */
  @Override
  public String insertUnlessPresent(String table, List<String> key, List<String> others) {
    return insert(table, key, others)
        + " ON DUPLICATE KEY UPDATE "
        + quote(key.get(0))
        + " = "
        + quote(key.get(0));
  }
}
