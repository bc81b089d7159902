package dev.associations.dialect;

import java.util.UUID;

/**
 * MySQL 8, InnoDB tables: MariaDB's dialect except that a {@link UUID} is stored as {@code
 * CHAR(36)} and foreign keys are dropped without {@code IF EXISTS}, which MySQL lacks.
 */
public final class MySqlDialect extends InnoDbDialect {

  public MySqlDialect() {
    super("MySQL", "CHAR(36)", ReservedWords.of("mariadb", "mysql"));
  }

  @Override
  public String dropForeignKey(String table, String constraintName) {
    return "ALTER TABLE " + quote(table) + " DROP FOREIGN KEY " + quote(constraintName);
  }
}
