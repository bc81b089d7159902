package dev.associations.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.dialect.Dialects;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.registry.AssociationRegistry;
import dev.associations.testsupport.FaqModels.DrivingLicense;
import dev.associations.testsupport.FaqModels.Person;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The key conditions of batched loads: their shape per number of keys and database. */
class KeyTermsTest {

  private static final List<AttributeMetadata> ID =
      AssociationRegistry.builder()
          .addModels(Person.class, DrivingLicense.class)
          .build()
          .model(Person.class)
          .primaryKey();

  private static List<List<Object>> keys(long count) {
    return LongStream.rangeClosed(1, count).<List<Object>>mapToObj(List::of).toList();
  }

  @Test
  void oneKeyIsAPlainEquality() {
    List<SqlStatement> statements =
        new KeyTerms(Dialects.POSTGRESQL).statements("SELECT 1", List.of("t.id"), ID, keys(1));

    assertThat(statements)
        .containsExactly(new SqlStatement("SELECT 1 WHERE t.id = ?", List.of(1L)));
  }

  @Test
  void arraysHoldAsManyKeysAsTheDatabaseTakes() {
    // H2 refuses arrays longer than 65,536; PostgreSQL takes a million in one statement
    List<SqlStatement> h2 =
        new KeyTerms(Dialects.H2).statements("SELECT 1", List.of("t.id"), ID, keys(100_001));
    List<SqlStatement> postgres =
        new KeyTerms(Dialects.POSTGRESQL)
            .statements("SELECT 1", List.of("t.id"), ID, keys(100_001));

    assertThat(h2)
        .extracting(s -> ((ArrayParameter) s.parameters().get(0)).values().size())
        .containsExactly(50_000, 50_000, 1);
    assertThat(postgres).hasSize(1);
  }

  @Test
  void manyKeysAreOneArrayWhereArraysAreTaken() {
    List<SqlStatement> statements =
        new KeyTerms(Dialects.POSTGRESQL).statements("SELECT 1", List.of("t.id"), ID, keys(2_500));

    assertThat(statements).hasSize(1);
    assertThat(statements.get(0).sql()).isEqualTo("SELECT 1 WHERE t.id = ANY(?)");
    assertThat(((ArrayParameter) statements.get(0).parameters().get(0)).values()).hasSize(2_500);
  }

  @Test
  void elsewhereManyKeysAreInListsOfAtMostAThousand() {
    List<SqlStatement> statements =
        new KeyTerms(Dialects.MARIADB).statements("SELECT 1", List.of("t.id"), ID, keys(2_500));

    assertThat(statements)
        .extracting(statement -> statement.parameters().size())
        .containsExactly(1000, 1000, 500);
    assertThat(statements.get(2).sql()).startsWith("SELECT 1 WHERE t.id IN (?, ?");
  }
}
