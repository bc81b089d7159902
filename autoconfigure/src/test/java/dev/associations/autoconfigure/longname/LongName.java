package dev.associations.autoconfigure.longname;

import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

/**
 * A model whose table name is over H2's limit of 256 characters, so that no schema can be
 * generated.
 */
@Model(table = LongName.TABLE)
public class LongName {

  private static final String SIXTEEN = "a_long_tablename";

  /** 272 characters. */
  static final String TABLE =
      SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN
          + SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN + SIXTEEN;

  @PrimaryKey Long id;
}
