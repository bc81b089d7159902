package dev.associations.listener;

import java.util.Locale;

/** What a statement does to its table. */
public enum StatementKind {
  SELECT,
  INSERT,
  UPDATE,
  DELETE;

  /** The lower-case SQL verb, as metrics tag it: {@code select}, {@code insert}, ... */
  public String tagValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
