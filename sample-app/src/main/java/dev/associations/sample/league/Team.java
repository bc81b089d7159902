package dev.associations.sample.league;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import java.util.List;

/**
 * A team; {@code homeGames} and {@code awayGames} are the named inverses of {@code Game}'s two
 * teams.
 */
@Model
public class Team {

  @PrimaryKey @AutoIncrement public Long id;
  @NotNull public String name;

  public List<Game> homeGames;
  public List<Game> awayGames;

  public static Team named(String name) {
    Team team = new Team();
    team.name = name;
    return team;
  }
}
