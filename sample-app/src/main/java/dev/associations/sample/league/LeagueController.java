package dev.associations.sample.league;

import dev.associations.repository.Query;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Teams, games and seasons over HTTP, with {@code ?include=...} as for people. */
@RestController
class LeagueController {

  private final TeamRepository teams;
  private final GameRepository games;
  private final SeasonRepository seasons;

  LeagueController(TeamRepository teams, GameRepository games, SeasonRepository seasons) {
    this.teams = teams;
    this.games = games;
    this.seasons = seasons;
  }

  @GetMapping("/teams")
  List<Team> teams(@RequestParam(defaultValue = "") String[] include) {
    return teams.findAll(Query.all().orderBy("id").include(include));
  }

  /** Refused with 409 while the team has games: their keys are ON DELETE RESTRICT. */
  @DeleteMapping("/teams/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteTeam(@PathVariable long id) {
    teams.deleteById(id);
  }

  @GetMapping("/games")
  List<Game> games(@RequestParam(defaultValue = "") String[] include) {
    return games.findAll(Query.all().orderBy("id").include(include));
  }

  /**
   * Records a game: {@code {"homeTeamId": 1, "awayTeamId": 2, "seasonLeague": "premier",
   * "seasonYear": 2026}}.
   */
  @PostMapping("/games")
  @ResponseStatus(HttpStatus.CREATED)
  Game createGame(@RequestBody Game game) {
    return games.save(game);
  }

  @GetMapping("/seasons/{league}/{year}")
  Season season(
      @PathVariable String league,
      @PathVariable int year,
      @RequestParam(defaultValue = "") String[] include) {
    return seasons
        .findById(new SeasonId(league, year), include)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "no season " + league + " " + year));
  }
}
