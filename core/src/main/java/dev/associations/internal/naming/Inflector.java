package dev.associations.internal.naming;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English plurals and singulars for model and association names.
 *
 * <p>Only the last word of a CamelCase, snake_case or lowercase name is inflected, and that word
 * keeps its case: {@code DrivingLicense} → {@code DrivingLicenses}, {@code People} → {@code
 * Person}, {@code PERSON} → {@code PEOPLE}. Irregular words and uncountable words are matched
 * exactly; everything else goes through a short ordered list of suffix rules. {@link #singularize}
 * leaves a singular word unchanged, and {@link #pluralize} a plural one ({@code AccountSettings}).
 */
public final class Inflector {

  /** Irregular singular → plural. */
  private static final Map<String, String> PLURALS = new HashMap<>();

  /** Irregular plural → singular: the reverse of {@link #PLURALS}, plus extra plurals. */
  private static final Map<String, String> SINGULARS = new HashMap<>();

  static {
    irregular("person", "people");
    irregular("child", "children");
    irregular("man", "men");
    irregular("woman", "women");
    irregular("mouse", "mice");
    irregular("goose", "geese");
    irregular("foot", "feet");
    irregular("tooth", "teeth");
    irregular("ox", "oxen");
    irregular("criterion", "criteria");
    irregular("datum", "data");
    irregular("index", "indexes");
    SINGULARS.put("indices", "index");
    irregular("knife", "knives");
    irregular("wife", "wives");
    irregular("life", "lives");
    irregular("leaf", "leaves");
    irregular("wolf", "wolves");
    irregular("half", "halves");
    irregular("shelf", "shelves");
    irregular("calf", "calves");
    irregular("thief", "thieves");
    irregular("loaf", "loaves");
    irregular("elf", "elves");
    irregular("self", "selves");
    irregular("quiz", "quizzes");
    irregular("analysis", "analyses");
    irregular("crisis", "crises");
    irregular("thesis", "theses");
    irregular("axis", "axes");
    irregular("cactus", "cacti");
    irregular("alumnus", "alumni");
    irregular("medium", "media");
    irregular("hero", "heroes");
    irregular("potato", "potatoes");
    irregular("tomato", "tomatoes");
    irregular("echo", "echoes");
    irregular("veto", "vetoes");
    // regular plurals, listed because their singular ends in -s like a plural would
    irregular("alias", "aliases");
    irregular("atlas", "atlases");
    irregular("bias", "biases");
    irregular("canvas", "canvases");
    irregular("gas", "gases");
    irregular("lens", "lenses");
  }

  /** The same in singular and plural. */
  private static final Set<String> UNCOUNTABLE =
      Set.of(
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
          "staff");

  /**
   * Singulars ending in -e whose regular plural the singular rules would otherwise cut too short.
   */
  private static final Set<String> KEEPS_E =
      Set.of(
          "movie",
          "cookie",
          "zombie",
          "pie",
          "tie",
          "calorie",
          "rookie",
          "cache",
          "niche",
          "headache",
          "avalanche",
          "abuse",
          "excuse",
          "fuse",
          "muse",
          "ruse");

  private record Rule(Pattern suffix, String replacement) {
    Rule(String regex, String replacement) {
      this(Pattern.compile(regex), replacement);
    }
  }

  /** Singular → plural, first match wins. */
  private static final List<Rule> PLURAL_RULES =
      List.of(
          new Rule("([^aeiou])y$", "$1ies"), // category → categories, but day → days
          new Rule("(s|x|z|ch|sh)$", "$1es"), // bus, box, buzz, match, wish → -es
          new Rule("$", "s"));

  /** Plural → singular, first match wins; a word no rule matches is returned as it is. */
  private static final List<Rule> SINGULAR_RULES =
      List.of(
          new Rule("ies$", "y"), // categories → category
          new Rule("(ss|x|ch|sh|zz)es$", "$1"), // classes, boxes, matches, wishes, buzzes
          new Rule("(^|[ao])uses$", "$1use"), // uses, causes, houses
          new Rule("uses$", "us"), // statuses, buses, campuses
          new Rule("(ss|us|is)$", "$1"), // class, status, basis: already singular
          new Rule("s$", "")); // licenses, archives, shoes, toots

  private Inflector() {}

  private static void irregular(String singular, String plural) {
    PLURALS.put(singular, plural);
    SINGULARS.put(plural, singular);
  }

  /** The plural of the last word of {@code word}: {@code TeamMember} → {@code TeamMembers}. */
  public static String pluralize(String word) {
    return inflectLastWord(word, Inflector::plural);
  }

  /** The singular of the last word of {@code word}: {@code People} → {@code Person}. */
  public static String singularize(String word) {
    return inflectLastWord(word, Inflector::singular);
  }

  private static String plural(String word) {
    if (UNCOUNTABLE.contains(word) || SINGULARS.containsKey(word)) {
      return word;
    }
    String irregular = PLURALS.get(word);
    if (irregular != null) {
      return irregular;
    }
    String singular = singular(word);
    boolean alreadyPlural = !singular.equals(word) && apply(PLURAL_RULES, singular).equals(word);
    return alreadyPlural ? word : apply(PLURAL_RULES, word);
  }

  private static String singular(String word) {
    if (UNCOUNTABLE.contains(word) || PLURALS.containsKey(word)) {
      return word;
    }
    String irregular = SINGULARS.get(word);
    if (irregular != null) {
      return irregular;
    }
    String withoutS = word.substring(0, word.length() - 1);
    if (word.endsWith("s") && KEEPS_E.contains(withoutS)) {
      return withoutS;
    }
    return apply(SINGULAR_RULES, word);
  }

  private static String apply(List<Rule> rules, String word) {
    for (Rule rule : rules) {
      Matcher matcher = rule.suffix().matcher(word);
      if (matcher.find()) {
        return matcher.replaceFirst(rule.replacement());
      }
    }
    return word;
  }

  /** Inflects the lower-cased last word, then restores its case: Capitalised or ALL CAPS. */
  private static String inflectLastWord(String word, UnaryOperator<String> inflection) {
    if (word == null || word.isBlank()) {
      throw new IllegalArgumentException(
          "cannot inflect a null or blank word: " + (word == null ? "null" : "'" + word + "'"));
    }
    int start = lastWordStart(word);
    String last = word.substring(start);
    String inflected = inflection.apply(last.toLowerCase(Locale.ROOT));
    if (inflected.isEmpty()) {
      return word;
    }
    if (isAllCaps(last)) {
      inflected = inflected.toUpperCase(Locale.ROOT);
    } else if (Character.isUpperCase(last.charAt(0))) {
      inflected = Character.toUpperCase(inflected.charAt(0)) + inflected.substring(1);
    }
    return word.substring(0, start) + inflected;
  }

  /**
   * {@code PERSON}, {@code ID} or {@code IDs}, but not the single capital of {@code A} or {@code
   * V2}.
   */
  private static boolean isAllCaps(String word) {
    String letters =
        word.length() > 1 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    return letters.codePoints().filter(Character::isLetter).count() > 1
        && letters.equals(letters.toUpperCase(Locale.ROOT));
  }

  private static int lastWordStart(String word) {
    for (int i = word.length() - 1; i > 0; i--) {
      if (startsWord(word, i)) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Whether a new word starts at {@code i > 0}: after a separator ({@code driving_license}), at a
   * capital after a lower-case letter or digit ({@code drivingLicense}, {@code v2Order}), or at the
   * last capital of an acronym that a lower-case word follows ({@code HTMLPage}, but not the plural
   * {@code URLs}).
   */
  static boolean startsWord(String word, int i) {
    char c = word.charAt(i);
    char previous = word.charAt(i - 1);
    if (!Character.isLetterOrDigit(previous)) {
      return Character.isLetterOrDigit(c);
    }
    if (!Character.isUpperCase(c)) {
      return false;
    }
    if (!Character.isUpperCase(previous)) {
      return true;
    }
    int lowerEnd = i + 1;
    while (lowerEnd < word.length() && Character.isLowerCase(word.charAt(lowerEnd))) {
      lowerEnd++;
    }
    String lowerRun = word.substring(i + 1, lowerEnd);
    return !lowerRun.isEmpty() && !lowerRun.equals("s");
  }
}
