package dev.associations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.benchmarks.fixture.GeneratedModels;
import dev.associations.registry.AssociationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registry benchmark builds a real registry: every generated model and association is there.
 */
class GeneratedModelsTest {

  @Test
  void fiveHundredModelsMakeAValidRegistry() {
    List<Class<?>> models = GeneratedModels.generate(500);

    AssociationRegistry registry = AssociationRegistry.builder().addModels(models).build();

    assertThat(registry.models()).hasSize(500);
    // 499 BelongsTo + their HasMany inverses, 498 BelongsToMany + their pairs
    assertThat(
            registry.models().stream().mapToInt(m -> registry.associations(m.type()).size()).sum())
        .isEqualTo(2 * 499 + 2 * 498);
    assertThat(registry.joinTables()).hasSize(498);
    assertThat(registry.association(models.get(7), "leader").inverse()).isEqualTo("followers");
  }
}
