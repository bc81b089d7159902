package dev.associations.sample.league;

import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import java.util.List;

/**
 * A season, identified by league and year: a composite primary key, so games reference it with a
 * composite foreign key ({@code season_league}, {@code season_year}).
 */
@Model
public class Season {

  @PrimaryKey public String league;
  @PrimaryKey public Integer year;
  public String title;

  public List<Game> games;

  public static Season of(String league, int year, String title) {
    Season season = new Season();
    season.league = league;
    season.year = year;
    season.title = title;
    return season;
  }
}
