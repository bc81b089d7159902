package dev.associations.internal.naming;

import java.util.Locale;

/** Case changes of names and words, for table, column and key names. */
public final class Words {

  private Words() {}

  /**
   * {@code DrivingLicense} → {@code driving_license}; acronyms and digits count as words ({@code
   * HTMLPage} → {@code html_page}, {@code userID} → {@code user_id}, {@code orderV2} → {@code
   * order_v2}); a snake_case name stays as it is.
   */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      if (i > 0 && Character.isLetterOrDigit(name.charAt(i - 1)) && Inflector.startsWord(name, i)) {
        out.append('_');
      }
      out.append(name.charAt(i));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Joins parts lower-first, then upper-first: {@code camelCase("owner", "id")} → {@code ownerId},
   * {@code camelCase("Person", "id")} → {@code personId}.
   */
  public static String camelCase(String first, String... rest) {
    StringBuilder out = new StringBuilder(lowerFirst(first));
    for (String part : rest) {
      out.append(upperFirst(part));
    }
    return out.toString();
  }

  /** {@code Person} → {@code person}. */
  public static String lowerFirst(String word) {
    return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
  }

  /** {@code id} → {@code Id}. */
  public static String upperFirst(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
