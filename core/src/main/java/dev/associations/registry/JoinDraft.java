package dev.associations.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The join table of a BelongsToMany pair while the registry is being resolved. It holds its two
 * keys itself when no join model declares it.
 */
final class JoinDraft implements KeyHolder {

  final String name;
  final @Nullable ModelDraft model;
  final boolean explicit;
  final String location;

  /** Columns of a plain join table (no join model), filled from its two keys. */
  final Map<String, AttributeDraft> columns = new LinkedHashMap<>();

  JoinDraft(String name, @Nullable ModelDraft model, boolean explicit, String location) {
    this.name = name;
    this.model = model;
    this.explicit = explicit;
    this.location = location;
  }

  /** The holder of its two keys: its join model, or the table itself. */
  KeyHolder keyHolder() {
    return model != null ? model : this;
  }

  @Override
  public String table() {
    return name;
  }

  @Override
  public Map<String, AttributeDraft> attributes() {
    return columns;
  }

  @Override
  public String at(String attribute) {
    return name + "." + attribute;
  }

  /** What makes this join table differ from another for the same pair, or {@code null}. */
  @Nullable String difference(JoinDraft other) {
    if (model != other.model && model != null && other.model != null) {
      return "join model " + model.name + " vs " + other.model.name;
    }
    if (explicit && other.explicit && !name.equals(other.name)) {
      return "join table " + name + " vs " + other.name;
    }
    return null;
  }
}
