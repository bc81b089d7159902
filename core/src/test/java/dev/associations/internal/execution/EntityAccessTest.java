package dev.associations.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.metadata.ModelMetadata;
import dev.associations.registry.AssociationRegistry;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * Rows become instances through generated code where the model allows it and through reflection
 * otherwise, with the same result either way.
 */
class EntityAccessTest {

  @Model
  static class Private {
    @PrimaryKey private long id;
    private String name;
    private int rank;

    private Private() {}
  }

  public static class Base {
    @PrimaryKey public Long id;
  }

  @Model
  static class Inherited extends Base {
    String name;
  }

  public static class HiddenBase {
    @PrimaryKey private Long id;
  }

  @Model
  static class InheritedPrivate extends HiddenBase {
    String name;
  }

  private static <T> EntityAccess<T> access(Class<T> type) {
    ModelMetadata model = AssociationRegistry.builder().addModels(type).build().model(type);
    return EntityAccess.of(model);
  }

  private static Object instantiator(EntityAccess<?> access) throws Exception {
    Field instantiator = EntityAccess.class.getDeclaredField("instantiator");
    instantiator.setAccessible(true);
    return instantiator.get(access);
  }

  private static boolean generated(EntityAccess<?> access) throws Exception {
    return instantiator(access) != null;
  }

  @Test
  void aModelClassGetsOneGeneratedClassHoweverManyRegistriesAsk() throws Exception {
    assertThat(instantiator(access(Private.class)))
        .isNotNull()
        .isSameAs(instantiator(access(Private.class)));
  }

  @Test
  void generatedCodeSetsPrivateFieldsThroughAPrivateConstructorFromAnOffset() throws Exception {
    EntityAccess<Private> access = access(Private.class);
    assertThat(generated(access)).isTrue();

    Private entity = access.newInstance(new Object[] {"ignored", 7L, "Ann", 3}, 1);

    assertThat(entity.id).isEqualTo(7L);
    assertThat(entity.name).isEqualTo("Ann");
    assertThat(entity.rank).isEqualTo(3);
  }

  @Test
  void aNullLeavesAPrimitiveFieldAsItIs() {
    Private entity = access(Private.class).newInstance(new Object[] {null, null, null});

    assertThat(entity.id).isZero();
    assertThat(entity.name).isNull();
    assertThat(entity.rank).isZero();
  }

  @Test
  void publicInheritedFieldsAreGeneratedAndPrivateOnesFallBackToReflection() throws Exception {
    EntityAccess<Inherited> inherited = access(Inherited.class);
    EntityAccess<InheritedPrivate> hidden = access(InheritedPrivate.class);
    assertThat(generated(inherited)).isTrue();
    assertThat(generated(hidden)).isFalse();

    int idOfInherited =
        inherited.model().attributes().indexOf(inherited.model().attribute("id").orElseThrow());
    Object[] values = new Object[2];
    values[idOfInherited] = 5L;
    values[1 - idOfInherited] = "Bo";
    Inherited one = inherited.newInstance(values);
    assertThat(one.id).isEqualTo(5L);
    assertThat(one.name).isEqualTo("Bo");

    int idOfHidden =
        hidden.model().attributes().indexOf(hidden.model().attribute("id").orElseThrow());
    values[idOfHidden] = 6L;
    values[1 - idOfHidden] = "Cy";
    InheritedPrivate other = hidden.newInstance(values);
    assertThat(hidden.get(other, hidden.model().attribute("id").orElseThrow())).isEqualTo(6L);
    assertThat(other.name).isEqualTo("Cy");
  }

  @Test
  void aValueOfAnotherTypeIsNamedAsReflectionNamesIt() {
    EntityAccess<Private> access = access(Private.class);

    assertThatThrownBy(() -> access.newInstance(new Object[] {1L, 42, 3}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Private.name")
        .hasMessageContaining("42");
  }
}
