package dev.associations.dialect;

/** MariaDB 10.7 or later (native {@code UUID} type), InnoDB tables. */
public final class MariaDbDialect extends InnoDbDialect {

  public MariaDbDialect() {
    super("MariaDB", "UUID", ReservedWords.of("mariadb"));
  }
}
