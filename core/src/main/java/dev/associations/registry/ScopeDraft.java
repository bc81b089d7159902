package dev.associations.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scope of an association pair while the registry is being resolved; the pair shares one
 * instance.
 */
final class ScopeDraft {

  static final ScopeDraft NONE = new ScopeDraft(Map.of());

  /** Attribute name to value, as written in {@code @AssociationScope}. */
  final Map<String, String> written;

  /** Attribute name to value of the attribute's type, once checked. */
  final Map<String, Object> values = new LinkedHashMap<>();

  ScopeDraft(Map<String, String> written) {
    this.written = Collections.unmodifiableMap(new LinkedHashMap<>(written));
  }

  boolean isEmpty() {
    return written.isEmpty();
  }

  /** What makes this scope differ from another, or {@code null}. */
  @Nullable String difference(ScopeDraft other) {
    return written.equals(other.written)
        ? null
        : "scope "
            + (isEmpty() ? "none" : written)
            + " vs "
            + (other.isEmpty() ? "none" : other.written);
  }
}
