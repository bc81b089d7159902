package dev.associations.execution;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells whether keys repeat, for a known number of keys: whole numbers (the common key) in an
 * open-addressing table of {@code long}s, with no object per key; other keys in a {@link HashSet}.
 */
final class DistinctKeys {

  private static final long EMPTY = Long.MIN_VALUE;

  private final long[] table;
  private final int mask;
  private boolean holdsEmpty;
  private Set<Object> others;

  DistinctKeys(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    this.table = new long[capacity];
    this.mask = capacity - 1;
    Arrays.fill(table, EMPTY);
  }

  /** Adds the key; whether it was not there yet. */
  boolean add(Object key) {
    if (key instanceof Long || key instanceof Integer || key instanceof Short || key instanceof Byte) {
      return add(((Number) key).longValue());
    }
    if (others == null) {
      others = new HashSet<>();
    }
    return others.add(key);
  }

  private boolean add(long key) {
    if (key == EMPTY) {
      boolean added = !holdsEmpty;
      holdsEmpty = true;
      return added;
    }
    int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 32) & mask;
    while (table[slot] != EMPTY) {
      if (table[slot] == key) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = key;
    return true;
  }
}
