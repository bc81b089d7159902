package dev.associations.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InflectorTest {

  @ParameterizedTest(name = "{0} <-> {1}")
  @CsvSource({
      "person, people", "child, children", "man, men", "woman, women", "mouse, mice",
      "goose, geese", "foot, feet", "tooth, teeth", "ox, oxen", "criterion, criteria",
      "datum, data", "index, indexes", "knife, knives", "wife, wives", "life, lives",
      "leaf, leaves", "wolf, wolves", "half, halves", "shelf, shelves", "calf, calves",
      "thief, thieves", "loaf, loaves", "elf, elves", "self, selves", "quiz, quizzes",
      "analysis, analyses", "crisis, crises", "thesis, theses", "axis, axes", "cactus, cacti",
      "alumnus, alumni", "medium, media", "hero, heroes", "potato, potatoes", "tomato, tomatoes",
      "echo, echoes", "veto, vetoes",
      // rules
      "category, categories", "company, companies", "day, days", "key, keys", "survey, surveys",
      "box, boxes", "bus, buses", "status, statuses", "address, addresses", "match, matches",
      "wish, wishes", "class, classes", "campus, campuses", "roof, roofs", "chief, chiefs",
      "safe, safes", "license, licenses", "toot, toots", "game, games", "team, teams",
      "order, orders", "archive, archives", "move, moves", "photo, photos", "movie, movies",
      "cookie, cookies", "shoe, shoes", "toe, toes", "house, houses", "cause, causes", "use, uses",
      "case, cases", "response, responses", "course, courses", "database, databases",
      "purpose, purposes", "drive, drives", "objective, objectives",
      // uncountable
      "sheep, sheep", "fish, fish", "deer, deer", "series, series", "species, species",
      "news, news", "information, information", "equipment, equipment", "rice, rice",
      "money, money", "metadata, metadata", "feedback, feedback", "software, software",
      "staff, staff"})
  void pluralizesAndSingularizesBothWays(String singular, String plural) {
    assertThat(Inflector.pluralize(singular)).isEqualTo(plural);
    assertThat(Inflector.singularize(plural)).isEqualTo(singular);
  }

  @ParameterizedTest
  @ValueSource(strings = {"person", "child", "license", "status", "class", "category", "bus",
      "analysis", "toot", "address", "hero", "knife", "series", "campus"})
  void singularWordsStaySingular(String singular) {
    assertThat(Inflector.singularize(singular)).isEqualTo(singular);
  }

  @Test
  void indicesAlsoSingularizeToIndex() {
    assertThat(Inflector.singularize("indices")).isEqualTo("index");
  }

  @ParameterizedTest(name = "{0} <-> {1}")
  @CsvSource({"Person, People", "DrivingLicense, DrivingLicenses", "TeamMember, TeamMembers",
      "OrderCategory, OrderCategories", "parentPerson, parentPeople", "Child, Children",
      "likedToot, likedToots", "HTMLPage, HTMLPages"})
  void inflectsTheLastWordOfCamelCaseKeepingItsCase(String singular, String plural) {
    assertThat(Inflector.pluralize(singular)).isEqualTo(plural);
    assertThat(Inflector.singularize(plural)).isEqualTo(singular);
  }

  @Test
  void rejectsEmptyWords() {
    assertThatIllegalArgumentException().isThrownBy(() -> Inflector.pluralize(""));
    assertThatIllegalArgumentException().isThrownBy(() -> Inflector.singularize(null));
  }
}
