package dev.associations.internal.naming;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Deterministic constraint names ({@code fk_driving_licenses_owner_id}) that fit every supported
 * database: a name longer than {@value #MAX_LENGTH} characters keeps its start and ends with a
 * stable hash of the whole name, so two long names stay distinct.
 */
public final class ConstraintNames {

  /** PostgreSQL's identifier limit, the smallest of the supported databases. */
  static final int MAX_LENGTH = 63;

  private ConstraintNames() {}

  /** {@code prefix_table_column_column}, shortened to {@link #MAX_LENGTH} when needed. */
  public static String of(String prefix, String table, List<String> columns) {
    String full = prefix + "_" + table + "_" + String.join("_", columns);
    if (full.length() <= MAX_LENGTH) {
      return full;
    }
    CRC32 crc = new CRC32();
    crc.update(full.getBytes(StandardCharsets.UTF_8));
    String hash = String.format("%08x", crc.getValue());
    return full.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
  }
}
