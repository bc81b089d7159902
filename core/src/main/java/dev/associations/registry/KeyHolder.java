package dev.associations.registry;

import java.util.Map;

/**
 * Where the columns of a foreign key live: a model (a join model included), or a join table that no
 * join model declares. Keys are checked per holder, and add the attributes it lacks.
 */
sealed interface KeyHolder permits ModelDraft, JoinDraft {

  /** The table holding the key columns. */
  String table();

  /** Its attributes by name (the columns of a join table), to which keys add theirs. */
  Map<String, AttributeDraft> attributes();

  /** How messages name one of its attributes: {@code Holder.attribute}. */
  String at(String attribute);
}
