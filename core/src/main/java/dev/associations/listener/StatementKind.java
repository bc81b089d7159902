package dev.associations.listener;

/** What a statement does to its table. */
public enum StatementKind {
  SELECT,
  INSERT,
  UPDATE,
  DELETE
}
