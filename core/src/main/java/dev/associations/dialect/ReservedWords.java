package dev.associations.dialect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a database rejects as an unquoted table or column name, lower case, read from the
 * {@code reserved-<name>.txt} resources beside this class (one word per line, {@code #} comments).
 */
final class ReservedWords {

  private ReservedWords() {}

  /** The words of these lists together. */
  static Set<String> of(String... lists) {
    Set<String> words = new HashSet<>();
    for (String list : lists) {
      String resource = "reserved-" + list + ".txt";
      try (InputStream in = ReservedWords.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "Missing resource " + resource + " beside " + ReservedWords.class.getName());
        }
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .lines()
            .map(String::trim)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .forEach(word -> words.add(word.toLowerCase(Locale.ROOT)));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource, e);
      }
    }
    return Set.copyOf(words);
  }
}
