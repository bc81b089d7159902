package dev.associations.schema;

import dev.associations.annotation.Attribute;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Column types, default values and long names. */
final class ValueModels {

  private ValueModels() {}

  enum Status {
    DRAFT,
    PUBLISHED
  }

  /** One attribute of every supported type. */
  @Model
  static class Sample {
    @PrimaryKey @AutoIncrement Long id;
    Integer integerValue;
    Short shortValue;
    Byte byteValue;
    boolean flag;
    String text;
    BigDecimal amount;
    BigInteger huge;
    Double ratio;
    Float weight;
    LocalDate day;
    LocalTime time;
    LocalDateTime localTimestamp;
    OffsetDateTime offsetTimestamp;
    Instant instant;
    UUID uuid;
    byte[] data;
    Status status;
  }

  @Model
  static class Setting {
    @PrimaryKey @AutoIncrement Integer id;

    @Attribute(defaultValue = "0")
    Integer counter;

    @Attribute(defaultValue = "-2.50")
    BigDecimal price;

    @Attribute(defaultValue = "true")
    Boolean active;

    @Attribute(defaultValue = "it's")
    @NotNull
    String note;

    @Attribute(defaultValue = "DRAFT")
    Status status;

    @Attribute(defaultValue = "2024-01-31")
    LocalDate since;
  }

  /** Defaults that do not fit their types, in a table whose name is too long for PostgreSQL. */
  @Model(table = "a_table_name_of_sixty_four_characters_which_postgresql_refuses_1")
  static class LongTable {
    @PrimaryKey Long id;
  }

  @Model(table = "long_columns")
  static class LongColumn {
    @PrimaryKey Long id;

    @Attribute(columnName = "a_column_name_of_sixty_four_characters_which_postgresql_refuses1")
    String note;
  }

  @Model(table = "committee_membership_application_reviews")
  static class Review {
    @PrimaryKey Long id;

    @HasOne(
        foreignKey = @ForeignKey("reviewIdentifierAssignedByTheCommittee"),
        inverse = @Inverse("review"))
    ReviewNote note;
  }

  @Model(table = "committee_membership_application_review_notes")
  static class ReviewNote {
    @PrimaryKey Long id;
  }
}
