package dev.associations.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.dialect.Dialects;
import dev.associations.internal.query.IncludePlan;
import dev.associations.registry.AssociationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Roots read by their keys with their to-one includes joined: one text per number of keys, per
 * dialect.
 */
class KeyedQueryTest {

  private static final AssociationRegistry REGISTRY =
      AssociationRegistry.builder()
          .addModels(ToOneStatementsTest.Owner.class, ToOneStatementsTest.Permit.class)
          .build();
  private static final String SELECT =
      "SELECT t0.id AS c0, t1.id AS c1, t1.owner_id AS c2"
          + " FROM owners t0 LEFT JOIN permits t1 ON t1.owner_id = t0.id";

  private static JoinedTables tables() {
    IncludePlan plan = IncludePlan.of(REGISTRY, ToOneStatementsTest.Owner.class, "permit");
    return JoinedTables.of(plan.root(), plan.nodes());
  }

  @Test
  void oneKeyIsAnEqualityOnEveryDatabase() {
    for (var dialect : List.of(Dialects.POSTGRESQL, Dialects.H2, Dialects.MARIADB)) {
      assertThat(new IncludeStatements(dialect).rootsByKeys(tables()).forKeys(List.of(List.of(7L))))
          .containsExactly(new SqlStatement(SELECT + " WHERE t0.id = ?", List.of(7L)));
    }
  }

  @Test
  void severalKeysAreAnArrayWhereTheDatabaseTakesOneAndAnInListElsewhere() {
    List<List<Object>> keys = List.of(List.of(7L), List.of(9L));

    assertThat(new IncludeStatements(Dialects.POSTGRESQL).rootsByKeys(tables()).forKeys(keys))
        .containsExactly(
            new SqlStatement(
                SELECT + " WHERE t0.id = ANY(?)",
                List.of(new ArrayParameter("bigint", List.of(7L, 9L)))));
    assertThat(new IncludeStatements(Dialects.MARIADB).rootsByKeys(tables()).forKeys(keys))
        .containsExactly(new SqlStatement(SELECT + " WHERE t0.id IN (?, ?)", List.of(7L, 9L)));
  }
}
