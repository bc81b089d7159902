package dev.associations.internal.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InflectorTest {

  static Stream<Arguments> irregulars() {
    return pairs(
        "person",
        "people",
        "child",
        "children",
        "man",
        "men",
        "woman",
        "women",
        "mouse",
        "mice",
        "goose",
        "geese",
        "foot",
        "feet",
        "tooth",
        "teeth",
        "ox",
        "oxen",
        "criterion",
        "criteria",
        "datum",
        "data",
        "index",
        "indexes",
        "knife",
        "knives",
        "wife",
        "wives",
        "life",
        "lives",
        "leaf",
        "leaves",
        "wolf",
        "wolves",
        "half",
        "halves",
        "shelf",
        "shelves",
        "calf",
        "calves",
        "thief",
        "thieves",
        "loaf",
        "loaves",
        "elf",
        "elves",
        "self",
        "selves",
        "quiz",
        "quizzes",
        "analysis",
        "analyses",
        "crisis",
        "crises",
        "thesis",
        "theses",
        "axis",
        "axes",
        "cactus",
        "cacti",
        "alumnus",
        "alumni",
        "medium",
        "media",
        "hero",
        "heroes",
        "potato",
        "potatoes",
        "tomato",
        "tomatoes",
        "echo",
        "echoes",
        "veto",
        "vetoes",
        // regular plurals whose singular ends in -s
        "alias",
        "aliases",
        "atlas",
        "atlases",
        "bias",
        "biases",
        "canvas",
        "canvases",
        "gas",
        "gases",
        "lens",
        "lenses");
  }

  static Stream<Arguments> rules() {
    return pairs(
        // consonant + y → ies, vowel + y → s
        "category",
        "categories",
        "company",
        "companies",
        "day",
        "days",
        "key",
        "keys",
        "survey",
        "surveys",
        "toy",
        "toys",
        // s, x, z, ch, sh → es
        "box",
        "boxes",
        "tax",
        "taxes",
        "bus",
        "buses",
        "status",
        "statuses",
        "campus",
        "campuses",
        "address",
        "addresses",
        "class",
        "classes",
        "match",
        "matches",
        "wish",
        "wishes",
        "buzz",
        "buzzes",
        // -f and -fe only through the irregulars
        "roof",
        "roofs",
        "chief",
        "chiefs",
        "safe",
        "safes",
        // -uses after o or a, and uses itself
        "house",
        "houses",
        "cause",
        "causes",
        "use",
        "uses",
        // -ses, -ves, -oes, -zes that keep their e
        "license",
        "licenses",
        "case",
        "cases",
        "response",
        "responses",
        "course",
        "courses",
        "database",
        "databases",
        "purpose",
        "purposes",
        "archive",
        "archives",
        "drive",
        "drives",
        "move",
        "moves",
        "objective",
        "objectives",
        "shoe",
        "shoes",
        "toe",
        "toes",
        "size",
        "sizes",
        // everything else + s
        "toot",
        "toots",
        "game",
        "games",
        "team",
        "teams",
        "order",
        "orders",
        "photo",
        "photos",
        // -ie, -che and -use singulars from the small list
        "movie",
        "movies",
        "cookie",
        "cookies",
        "zombie",
        "zombies",
        "pie",
        "pies",
        "tie",
        "ties",
        "calorie",
        "calories",
        "rookie",
        "rookies",
        "cache",
        "caches",
        "niche",
        "niches",
        "headache",
        "headaches",
        "avalanche",
        "avalanches",
        "abuse",
        "abuses",
        "excuse",
        "excuses",
        "fuse",
        "fuses",
        "muse",
        "muses",
        "ruse",
        "ruses");
  }

  static Stream<Arguments> camelCase() {
    return pairs(
        "Person",
        "People",
        "person",
        "people",
        "Child",
        "Children",
        "child",
        "children",
        "DrivingLicense",
        "DrivingLicenses",
        "TeamMember",
        "TeamMembers",
        "OrderCategory",
        "OrderCategories",
        "PoliceWoman",
        "PoliceWomen",
        "parentPerson",
        "parentPeople",
        "likedToot",
        "likedToots",
        "HTMLPage",
        "HTMLPages",
        "driving_license",
        "driving_licenses",
        "PERSON",
        "PEOPLE",
        "USER",
        "USERS",
        "SheepDog",
        "SheepDogs",
        "StatusCode",
        "StatusCodes",
        "NewsItem",
        "NewsItems",
        "PeopleCounter",
        "PeopleCounters");
  }

  static Stream<String> singulars() {
    return Stream.of(irregulars(), rules(), camelCase())
        .flatMap(s -> s)
        .map(a -> (String) a.get()[0]);
  }

  static Stream<String> plurals() {
    return Stream.of(irregulars(), rules(), camelCase())
        .flatMap(s -> s)
        .map(a -> (String) a.get()[1]);
  }

  private static Stream<Arguments> pairs(String... words) {
    return Stream.iterate(0, i -> i < words.length, i -> i + 2)
        .map(i -> Arguments.of(words[i], words[i + 1]));
  }

  @ParameterizedTest(name = "{0} <-> {1}")
  @MethodSource("irregulars")
  void irregularWordsBothWays(String singular, String plural) {
    assertThat(Inflector.pluralize(singular)).isEqualTo(plural);
    assertThat(Inflector.singularize(plural)).isEqualTo(singular);
  }

  @ParameterizedTest(name = "{0} <-> {1}")
  @MethodSource("irregulars")
  void irregularWordsAlreadyInTheTargetFormStayAsTheyAre(String singular, String plural) {
    assertThat(Inflector.pluralize(plural)).isEqualTo(plural);
    assertThat(Inflector.singularize(singular)).isEqualTo(singular);
  }

  @ParameterizedTest(name = "{0} <-> {1}")
  @MethodSource("rules")
  void suffixRulesBothWays(String singular, String plural) {
    assertThat(Inflector.pluralize(singular)).isEqualTo(plural);
    assertThat(Inflector.singularize(plural)).isEqualTo(singular);
  }

  @ParameterizedTest(name = "{0} <-> {1}")
  @MethodSource("camelCase")
  void inflectsOnlyTheLastWordAndKeepsItsCase(String singular, String plural) {
    assertThat(Inflector.pluralize(singular)).isEqualTo(plural);
    assertThat(Inflector.singularize(plural)).isEqualTo(singular);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sheep",
        "fish",
        "deer",
        "series",
        "species",
        "news",
        "information",
        "equipment",
        "rice",
        "money",
        "metadata",
        "feedback",
        "software",
        "staff",
        "Sheep",
        "UserMetadata",
        "STAFF"
      })
  void uncountableWordsStayAsTheyAre(String word) {
    assertThat(Inflector.pluralize(word)).isEqualTo(word);
    assertThat(Inflector.singularize(word)).isEqualTo(word);
  }

  @Test
  void indexPluralizesToIndexesAndBothPluralsSingularizeToIndex() {
    assertThat(Inflector.pluralize("index")).isEqualTo("indexes");
    assertThat(Inflector.pluralize("ProductIndex")).isEqualTo("ProductIndexes");
    assertThat(Inflector.singularize("indexes")).isEqualTo("index");
    assertThat(Inflector.singularize("indices")).isEqualTo("index");
    assertThat(Inflector.pluralize("indices")).isEqualTo("indices");
  }

  @ParameterizedTest
  @MethodSource("singulars")
  void singularWordsComeBackFromSingularizeUnchanged(String singular) {
    assertThat(Inflector.singularize(singular)).isEqualTo(singular);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "person",
        "child",
        "license",
        "status",
        "class",
        "category",
        "bus",
        "campus",
        "address",
        "analysis",
        "axis",
        "basis",
        "alias",
        "previous",
        "DrivingLicense",
        "Status"
      })
  void alreadySingularWordsAreLeftAlone(String singular) {
    assertThat(Inflector.singularize(singular)).isEqualTo(singular);
  }

  @Test
  void dataIsThePluralOfDatum() {
    assertThat(Inflector.singularize("data")).isEqualTo("datum");
    assertThat(Inflector.singularize("UserData")).isEqualTo("UserDatum");
  }

  @ParameterizedTest
  @MethodSource("singulars")
  void singularizeUndoesPluralize(String singular) {
    assertThat(Inflector.singularize(Inflector.pluralize(singular))).isEqualTo(singular);
  }

  @ParameterizedTest
  @MethodSource("plurals")
  void pluralizeUndoesSingularize(String plural) {
    assertThat(Inflector.pluralize(Inflector.singularize(plural))).isEqualTo(plural);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"URL, URLS", "userID, userIDS", "orderV2, orderV2s", "fooA, fooAs"})
  void pluralizesAcronymsAndShortLastWords(String singular, String plural) {
    assertThat(Inflector.pluralize(singular)).isEqualTo(plural);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"URLs, URL", "URLS, URL", "userIDs, userID", "s, s"})
  void singularizesAcronymPlurals(String plural, String singular) {
    assertThat(Inflector.singularize(plural)).isEqualTo(singular);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void rejectsNullEmptyAndBlankWords(String word) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Inflector.pluralize(word))
        .withMessageContaining("null or blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Inflector.singularize(word))
        .withMessageContaining("null or blank");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "settings",
        "AccountSettings",
        "toots",
        "people",
        "children",
        "categories",
        "licenses",
        "statuses",
        "data"
      })
  void pluralWordsStayPlural(String plural) {
    assertThat(Inflector.pluralize(plural)).isEqualTo(plural);
  }
}
