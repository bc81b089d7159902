package dev.associations.internal.query;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code LIKE} pattern as what it means: text matched as written, and the wildcards {@code %} and
 * {@code _}. It is escaped only when rendered, with the dialect's escape character, so that every
 * database reads the same pattern.
 */
public final class LikePattern {

  /** Text matched as written, or a wildcard. */
  private record Piece(String text, boolean wildcard) {}

  private final List<Piece> pieces;

  private LikePattern(List<Piece> pieces) {
    this.pieces = List.copyOf(pieces);
  }

  /** Values that contain {@code text}: {@code %text%}, {@code text} matched as written. */
  public static LikePattern containing(String text) {
    return new LikePattern(List.of(ANY, literal(text), ANY));
  }

  /** Values that start with {@code text}. */
  public static LikePattern startingWith(String text) {
    return new LikePattern(List.of(literal(text), ANY));
  }

  /** Values that end with {@code text}. */
  public static LikePattern endingWith(String text) {
    return new LikePattern(List.of(ANY, literal(text)));
  }

  /**
   * A pattern as users write it in SQL: {@code %} and {@code _} are wildcards, and a backslash
   * makes the next character literal.
   *
   * @throws IllegalArgumentException when the pattern ends with an escaping backslash
   */
  public static LikePattern parse(String pattern) {
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (++i == pattern.length()) {
          throw new IllegalArgumentException("the pattern ends with an escaping backslash");
        }
        pieces.add(literal(String.valueOf(pattern.charAt(i))));
      } else {
        pieces.add(new Piece(String.valueOf(c), c == '%' || c == '_'));
      }
    }
    return new LikePattern(pieces);
  }

  /** The pattern as the bound value of {@code LIKE ?}, escaped with {@code escape}. */
  public String render(char escape) {
    StringBuilder rendered = new StringBuilder();
    for (Piece piece : pieces) {
      if (piece.wildcard()) {
        rendered.append(piece.text());
        continue;
      }
      for (int i = 0; i < piece.text().length(); i++) {
        char c = piece.text().charAt(i);
        if (c == '%' || c == '_' || c == escape) {
          rendered.append(escape);
        }
        rendered.append(c);
      }
    }
    return rendered.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LikePattern pattern && pattern.pieces.equals(pieces);
  }

  @Override
  public int hashCode() {
    return pieces.hashCode();
  }

  @Override
  public String toString() {
    return render('\\');
  }

  private static final Piece ANY = new Piece("%", true);

  private static Piece literal(String text) {
    return new Piece(text, false);
  }
}
