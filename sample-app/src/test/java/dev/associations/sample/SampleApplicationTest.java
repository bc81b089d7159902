package dev.associations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The sample application on a random port, driven over HTTP as a user would with curl: the seed
 * data with includes, mixins, two associations to one model, a composite key, a refused delete, bad
 * input, the statements an include costs (read from the metrics endpoint) and the associations
 * endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationTest {

  @LocalServerPort int port;

  private RestClient client;

  @BeforeEach
  void connect() {
    client = RestClient.create("http://localhost:" + port);
  }

  @Test
  void theSeedDataIsServedWithTwoLevelsOfIncludes() {
    Response response = get("/people?include=currentDrivingLicense,children.currentDrivingLicense");

    assertThat(response.status()).isEqualTo(200);
    DocumentContext json = response.json();
    assertThat(json.<List<String>>read("$[?(@.name == 'Ann')].currentDrivingLicense.number"))
        .containsExactly("D-1001");
    assertThat(json.<List<String>>read("$[?(@.name == 'Ann')].children[*].name"))
        .containsExactly("Bob", "Cy");
    assertThat(
            json.<List<String>>read(
                "$[?(@.name == 'Ann')].children[?(@.name == 'Bob')].currentDrivingLicense.number"))
        .containsExactly("D-1002");
    assertThat(json.<List<Object>>read("$[?(@.name == 'Ann')].parents"))
        .isEmpty(); // not included: left out
  }

  @Test
  void anIncludeCostsOneStatementPerLevelWhateverTheRows() {
    for (int i = 0; i < 5; i++) {
      post("/people", Map.of("name", "Extra " + i));
    }
    double before = selects();

    assertThat(get("/people?include=children.currentDrivingLicense").status()).isEqualTo(200);

    assertThat(selects() - before).isEqualTo(2); // the people; their children with licenses joined
  }

  @Test
  void mixinsLinkAndUnlinkOverHttp() {
    long dee = post("/people", Map.of("name", "Dee")).json().read("$.id", Long.class);
    long eve = post("/people", Map.of("name", "Eve")).json().read("$.id", Long.class);
    long fay = post("/people", Map.of("name", "Fay")).json().read("$.id", Long.class);

    Response linked = post("/people/" + dee + "/children", Map.of("ids", List.of(eve, fay)));
    assertThat(linked.json().<List<String>>read("$.children[*].name"))
        .containsExactlyInAnyOrder("Eve", "Fay");
    assertThat(get("/people/" + dee + "/children/count").json().read("$.count", Long.class))
        .isEqualTo(2);

    assertThat(delete("/people/" + dee + "/children/" + eve).status()).isEqualTo(204);
    assertThat(get("/people/" + dee + "/children/count").json().read("$.count", Long.class))
        .isEqualTo(1);
    assertThat(get("/people/" + eve + "?include=parents").json().<List<Object>>read("$.parents"))
        .isEmpty();

    Response license = post("/people/" + dee + "/driving-license", Map.of("number", "D-9"));
    assertThat(license.status()).isEqualTo(201);
    assertThat(license.json().read("$.ownerId", Long.class)).isEqualTo(dee);
    assertThat(
            get("/people/" + dee + "?include=currentDrivingLicense")
                .json()
                .read("$.currentDrivingLicense.number", String.class))
        .isEqualTo("D-9");

    assertThat(delete("/people/" + dee).status()).isEqualTo(204);
    assertThat(get("/people/" + dee).status()).isEqualTo(404);
    assertThat(get("/people/" + fay + "?include=parents").json().<List<Object>>read("$.parents"))
        .isEmpty();
  }

  @Test
  void gamesReachBothTeamsAndTheirSeasonByItsCompositeKey() {
    DocumentContext games = get("/games?include=homeTeam,awayTeam,season").json();
    assertThat(games.<List<String>>read("$[*].homeTeam.name")).containsExactly("Lions", "Tigers");
    assertThat(games.<List<String>>read("$[*].awayTeam.name")).containsExactly("Tigers", "Lions");
    assertThat(games.<List<String>>read("$[*].season.title")).containsOnly("Premier League 2026");

    DocumentContext season = get("/seasons/premier/2026?include=games.homeTeam").json();
    assertThat(season.<List<String>>read("$.games[*].homeTeam.name"))
        .containsExactlyInAnyOrder("Lions", "Tigers");

    DocumentContext teams = get("/teams?include=homeGames,awayGames").json();
    assertThat(teams.<List<Integer>>read("$[?(@.name == 'Lions')].homeGames[*].homeScore"))
        .containsExactly(2);
    assertThat(teams.<List<Integer>>read("$[?(@.name == 'Lions')].awayGames[*].homeScore"))
        .containsExactly(0);
  }

  @Test
  void parentsWithTheirFirstChildrenInTwoStatements() {
    double before = selects();

    DocumentContext parents = get("/people/parents?limit=1").json();

    assertThat(selects() - before).isEqualTo(2.0);
    assertThat(parents.<List<String>>read("$[?(@.name == 'Ann')].children[*].name"))
        .containsExactly("Bob");
    assertThat(parents.<List<String>>read("$[*].name")).doesNotContain("Bob", "Cy");
    assertThat(
            get("/people/parents?limit=5")
                .json()
                .<List<String>>read("$[?(@.name == 'Ann')].children[*].name"))
        .containsExactly("Bob", "Cy");
  }

  @Test
  void aPageOfPeopleFollowsTheRequestsPageSizeAndSort() {
    List<String> everyone =
        get("/people").json().<List<String>>read("$[*].name").stream()
            .sorted(java.util.Comparator.reverseOrder())
            .toList();
    double before = selects();

    DocumentContext page = get("/people/page?page=1&size=2&sort=name,desc").json();

    assertThat(selects() - before).isEqualTo(3.0); // the page, its children, the count
    assertThat(page.<List<String>>read("$.content[*].name"))
        .containsExactlyElementsOf(everyone.subList(2, 4));
    assertThat(page.read("$.page.totalElements", Integer.class)).isEqualTo(everyone.size());
    assertThat(page.read("$.page.number", Integer.class)).isEqualTo(1);
    assertThat(
            get("/people/page?sort=name")
                .json()
                .<List<String>>read("$.content[?(@.name == 'Ann')].children[*].name"))
        .containsExactlyInAnyOrder("Bob", "Cy");
  }

  @Test
  void aDerivedQueryFindsByNamePrefixWithTheChildren() {
    DocumentContext found = get("/people/search?prefix=a&sort=name").json();

    assertThat(found.<List<String>>read("$.content[*].name")).containsExactly("Ann");
    assertThat(found.<List<String>>read("$.content[0].children[*].name"))
        .containsExactlyInAnyOrder("Bob", "Cy");
    assertThat(found.read("$.page.totalElements", Integer.class)).isEqualTo(1);
  }

  @Test
  void aTeamWithGamesCannotBeDeleted() {
    long lions =
        get("/teams").json().<List<Number>>read("$[?(@.name == 'Lions')].id").get(0).longValue();

    Response refused = delete("/teams/" + lions);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().read("$.detail", String.class))
        .contains("the database refused the change");
    assertThat(get("/teams").json().<List<String>>read("$[*].name")).contains("Lions");
  }

  @Test
  void anUnknownIncludeIsABadRequestNamingTheValidOnes() {
    Response response = get("/people?include=friends");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().read("$.detail", String.class))
        .contains("friends", "children", "currentDrivingLicense");
  }

  @Test
  void actuatorShowsTheAssociationsAndTheMeters() {
    assertThat(get("/actuator/health").json().read("$.status", String.class)).isEqualTo("UP");

    DocumentContext associations = get("/actuator/associations").json();
    assertThat(associations.<Map<String, Object>>read("$.models"))
        .containsOnlyKeys("Person", "DrivingLicense", "Team", "Game", "Season");
    assertThat(
            associations.<List<Map<String, String>>>read(
                "$.models.Game.associations[?(@.name == 'season')].foreignKey.columns"))
        .containsExactly(Map.of("season_league", "league", "season_year", "year"));
    assertThat(
            associations.<List<String>>read(
                "$.models.Game.associations[?(@.name == 'homeTeam')].foreignKey.onDelete"))
        .containsExactly("RESTRICT");
    assertThat(associations.<List<String>>read("$.models.Team.associations[*].name"))
        .containsExactlyInAnyOrder("homeGames", "awayGames");

    get("/people?include=children"); // meters appear with their first use
    assertThat(get("/actuator/metrics").json().<List<String>>read("$.names"))
        .contains(
            "associations.queries",
            "associations.repository.invocations",
            "associations.include.rows",
            "associations.registry.models");
    assertThat(
            get("/actuator/metrics/associations.registry.models")
                .json()
                .read("$.measurements[0].value", Double.class))
        .isEqualTo(5.0);
    assertThat(
            get("/actuator/metrics/associations.repository.invocations?tag=method:addChildren")
                .json()
                .read("$.measurements[?(@.statistic == 'COUNT')].value", List.class))
        .isNotEmpty();
  }

  private double selects() {
    return get("/actuator/metrics/associations.queries?tag=operation:select")
        .json()
        .<List<Double>>read("$.measurements[?(@.statistic == 'COUNT')].value")
        .get(0);
  }

  private Response get(String path) {
    return client.get().uri(path).exchange((request, response) -> read(response));
  }

  private Response post(String path, Object body) {
    return client
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .exchange((request, response) -> read(response));
  }

  private Response delete(String path) {
    return client.delete().uri(path).exchange((request, response) -> read(response));
  }

  private static Response read(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response)
      throws IOException {
    return new Response(
        response.getStatusCode().value(),
        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
  }

  record Response(int status, String body) {
    DocumentContext json() {
      return JsonPath.parse(body);
    }
  }
}
