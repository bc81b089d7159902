package dev.associations.sample.league;

import static dev.associations.annotation.ReferentialAction.RESTRICT;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import java.time.LocalDate;

/**
 * A game between two teams: two associations to the same model, told apart by their names and their
 * named inverses. A team with games cannot be deleted (RESTRICT). The season is referenced by its
 * composite key; a deleted season leaves its games without one (SET NULL, the nullable default).
 */
@Model
public class Game {

  @PrimaryKey @AutoIncrement public Long id;
  public LocalDate playedOn;
  public Integer homeScore;
  public Integer awayScore;

  @NotNull public Long homeTeamId;
  @NotNull public Long awayTeamId;
  public String seasonLeague;
  public Integer seasonYear;

  @BelongsTo(
      foreignKey = @ForeignKey(value = "homeTeamId", onDelete = RESTRICT),
      inverse = @Inverse(value = "homeGames", type = Inverse.Type.HAS_MANY))
  public Team homeTeam;

  @BelongsTo(
      foreignKey = @ForeignKey(value = "awayTeamId", onDelete = RESTRICT),
      inverse = @Inverse(value = "awayGames", type = Inverse.Type.HAS_MANY))
  public Team awayTeam;

  @BelongsTo(inverse = @Inverse(value = "games", type = Inverse.Type.HAS_MANY))
  public Season season;
}
