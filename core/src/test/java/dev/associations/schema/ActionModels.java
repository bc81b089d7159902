package dev.associations.schema;

import static dev.associations.annotation.ReferentialAction.CASCADE;
import static dev.associations.annotation.ReferentialAction.NO_ACTION;
import static dev.associations.annotation.ReferentialAction.RESTRICT;
import static dev.associations.annotation.ReferentialAction.SET_DEFAULT;
import static dev.associations.annotation.ReferentialAction.SET_NULL;

import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;

/** One child model per referential action, all referencing {@link Team}. */
final class ActionModels {

  private ActionModels() {}

  @Model
  static class Team {
    @PrimaryKey Long id;
    String name;
  }

  @Model
  static class CascadeMember {
    @PrimaryKey Long id;

    @BelongsTo(foreignKey = @ForeignKey(value = "teamId", onDelete = CASCADE))
    Team team;
  }

  @Model
  static class SetNullMember {
    @PrimaryKey Long id;

    @BelongsTo(foreignKey = @ForeignKey(value = "teamId", onDelete = SET_NULL))
    Team team;
  }

  @Model
  static class RestrictMember {
    @PrimaryKey Long id;

    @BelongsTo(foreignKey = @ForeignKey(value = "teamId", onDelete = RESTRICT))
    Team team;
  }

  @Model
  static class NoActionMember {
    @PrimaryKey Long id;

    @BelongsTo(foreignKey = @ForeignKey(value = "teamId", onDelete = NO_ACTION))
    Team team;
  }

  /** Only for H2 and PostgreSQL: MariaDB and MySQL cannot {@code SET DEFAULT}. */
  @Model
  static class SetDefaultMember {
    @PrimaryKey Long id;

    @BelongsTo(
        foreignKey = @ForeignKey(value = "teamId", onDelete = SET_DEFAULT, defaultValue = "0"))
    Team team;
  }

  /** No actions given: the foreign key defaults decide. */
  @Model
  static class Player {
    @PrimaryKey Long id;
    @BelongsTo Team team;

    @BelongsTo(foreignKey = @ForeignKey(value = "homeTeamId", allowNull = false))
    Team homeTeam;
  }

  /** Two associations sharing one foreign key, with the same actions. */
  @Model
  static class Fan {
    @PrimaryKey Long id;
    Long teamId;

    @BelongsTo(foreignKey = @ForeignKey("teamId"))
    Team team;

    @BelongsTo(foreignKey = @ForeignKey("teamId"))
    Team favorite;
  }
}
