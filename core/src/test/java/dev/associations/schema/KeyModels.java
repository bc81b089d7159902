package dev.associations.schema;

import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import dev.associations.annotation.Through;
import java.time.LocalDate;
import java.util.List;

/** Keys that need (or need no) extra UNIQUE constraints. */
final class KeyModels {

  private KeyModels() {}

  /** Referenced by its code, which is not its primary key. */
  @Model
  static class Country {
    @PrimaryKey Long id;
    @NotNull String code;
    String name;
  }

  @Model
  static class Address {
    @PrimaryKey Long id;

    @BelongsTo(targetKey = "code")
    Country country;
  }

  /** A HasOne whose foreign key is the target's primary key: no UNIQUE needed. */
  @Model
  static class Account {
    @PrimaryKey Long id;

    @HasOne(foreignKey = @ForeignKey("id"), inverse = @Inverse("account"))
    AccountProfile profile;
  }

  @Model
  static class AccountProfile {
    @PrimaryKey Long id;
    String theme;
  }

  /** A join model with its own primary key: the key pair gets a UNIQUE constraint. */
  @Model
  static class Member {
    @PrimaryKey Long id;

    @BelongsToMany(through = @Through(model = Membership.class), inverse = @Inverse("members"))
    List<Club> clubs;
  }

  @Model
  static class Club {
    @PrimaryKey Long id;
  }

  @Model
  static class Membership {
    @PrimaryKey Long id;
    @NotNull Long memberId;
    @NotNull Long clubId;
    String role;
  }

  /** A join model without a primary key: the key pair is its primary key. */
  @Model
  static class Student {
    @PrimaryKey Long id;

    @BelongsToMany(through = @Through(model = Enrollment.class), inverse = @Inverse("students"))
    List<Course> courses;
  }

  @Model
  static class Course {
    @PrimaryKey Long id;
  }

  @Model
  static class Enrollment {
    @NotNull Long studentId;
    @NotNull Long courseId;
    LocalDate since;
  }
}
