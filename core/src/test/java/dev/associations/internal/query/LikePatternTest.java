package dev.associations.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** LIKE patterns hold what they mean and are escaped only when rendered, per escape character. */
class LikePatternTest {

  @Test
  void literalTextIsEscapedWithTheRenderingCharacterAndWildcardsAreNot() {
    LikePattern contains = LikePattern.containing("50%_!\\");
    assertThat(contains.render('!')).isEqualTo("%50!%!_!!\\%");
    assertThat(contains.render('\\')).isEqualTo("%50\\%\\_!\\\\%");
    assertThat(LikePattern.startingWith("a_").render('!')).isEqualTo("a!_%");
    assertThat(LikePattern.endingWith("a_").render('!')).isEqualTo("%a!_");
  }

  @Test
  void aUsersPatternKeepsItsWildcardsAndItsBackslashEscapes() {
    LikePattern parsed = LikePattern.parse("a\\%b!%_");
    assertThat(parsed.render('!')).isEqualTo("a!%b!!%_");
    assertThat(parsed.render('\\')).isEqualTo("a\\%b!%_");
    assertThat(parsed)
        .isEqualTo(LikePattern.parse("a\\%b!%_"))
        .isNotEqualTo(LikePattern.parse("a%b!%_"));
    assertThatThrownBy(() -> LikePattern.parse("ab\\"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the pattern ends with an escaping backslash");
  }
}
