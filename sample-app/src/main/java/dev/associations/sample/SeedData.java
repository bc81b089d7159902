package dev.associations.sample;

import dev.associations.sample.league.Game;
import dev.associations.sample.league.GameRepository;
import dev.associations.sample.league.Season;
import dev.associations.sample.league.SeasonRepository;
import dev.associations.sample.league.Team;
import dev.associations.sample.league.TeamRepository;
import dev.associations.sample.people.DrivingLicense;
import dev.associations.sample.people.Person;
import dev.associations.sample.people.PersonRepository;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fills an empty database on start, so that the first request shows something. */
@Component
class SeedData implements ApplicationRunner {

  private final PersonRepository people;
  private final TeamRepository teams;
  private final SeasonRepository seasons;
  private final GameRepository games;

  SeedData(
      PersonRepository people,
      TeamRepository teams,
      SeasonRepository seasons,
      GameRepository games) {
    this.people = people;
    this.teams = teams;
    this.seasons = seasons;
    this.games = games;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (people.count() > 0) {
      return;
    }
    Person ann = people.save(Person.named("Ann"));
    List<Person> children = people.saveAll(List.of(Person.named("Bob"), Person.named("Cy")));
    people.addChildren(ann.id, children.stream().map(child -> child.id).toList());
    people.createCurrentDrivingLicense(ann.id, DrivingLicense.numbered("D-1001"));
    people.createCurrentDrivingLicense(children.get(0).id, DrivingLicense.numbered("D-1002"));

    Team lions = teams.save(Team.named("Lions"));
    Team tigers = teams.save(Team.named("Tigers"));
    Season season = seasons.save(Season.of("premier", 2026, "Premier League 2026"));
    games.saveAll(
        List.of(
            game(lions, tigers, season, "2026-03-01", 2, 1),
            game(tigers, lions, season, "2026-04-12", 0, 0)));
  }

  private static Game game(
      Team home, Team away, Season season, String date, int homeScore, int awayScore) {
    Game game = new Game();
    game.homeTeamId = home.id;
    game.awayTeamId = away.id;
    game.seasonLeague = season.league;
    game.seasonYear = season.year;
    game.playedOn = LocalDate.parse(date);
    game.homeScore = homeScore;
    game.awayScore = awayScore;
    return game;
  }
}
