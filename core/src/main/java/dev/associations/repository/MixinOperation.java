package dev.associations.repository;

import java.util.Locale;

/** What a mixin does; its name is the prefix of the mixin's method name. */
enum MixinOperation {
  GET,
  SET,
  ADD,
  REMOVE,
  HAS,
  COUNT,
  CREATE;

  /** The method name prefix ({@code add}). */
  String prefix() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code true} when the mixin takes a target (or targets) after the source. */
  boolean takesTarget() {
    return this != GET && this != COUNT;
  }
}
