package dev.associations.internal.execution;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether keys repeat: whole numbers (the common key) in an open-addressing table of {@code
 * long}s that doubles when half full, with no object per key; other keys in a {@link HashSet}.
 */
final class DistinctKeys {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] table;
  private int mask;
  private int size;
  private boolean holdsEmpty;
  private @Nullable Set<Object> others;

  /** An empty set with room for {@code expected} keys before it grows. */
  DistinctKeys(int expected) {
    allocate(Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1);
  }

  private void allocate(int capacity) {
    table = new long[capacity];
    mask = capacity - 1;
    Arrays.fill(table, EMPTY);
  }

  /** Adds the key; whether it was not there yet. */
  boolean add(@Nullable Object key) {
    if (key instanceof Long
        || key instanceof Integer
        || key instanceof Short
        || key instanceof Byte) {
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
    if (!insert(key)) {
      return false;
    }
    if (++size * 2 > table.length) {
      long[] old = table;
      allocate(old.length * 2);
      for (long kept : old) {
        if (kept != EMPTY) {
          insert(kept);
        }
      }
    }
    return true;
  }

  private boolean insert(long key) {
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
