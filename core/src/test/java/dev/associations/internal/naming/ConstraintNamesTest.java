package dev.associations.internal.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintNamesTest {

  @Test
  void shortNamesAreJoinedWithUnderscores() {
    assertThat(ConstraintNames.of("fk", "driving_licenses", List.of("owner_id")))
        .isEqualTo("fk_driving_licenses_owner_id");
    assertThat(ConstraintNames.of("fk", "order_lines", List.of("order_id", "order_version")))
        .isEqualTo("fk_order_lines_order_id_order_version");
  }

  @Test
  void longNamesAreShortenedWithAStableHash() {
    String table = "t".repeat(70);
    String first = ConstraintNames.of("fk", table, List.of("a"));
    String second = ConstraintNames.of("fk", table, List.of("b"));
    assertThat(first)
        .hasSize(ConstraintNames.MAX_LENGTH)
        .startsWith("fk_ttt")
        .isNotEqualTo(second)
        .isEqualTo(ConstraintNames.of("fk", table, List.of("a")));
  }
}
