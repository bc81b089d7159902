package dev.associations.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.associations.registry.AssociationRegistry;
import dev.associations.testsupport.FaqModels;
import org.junit.jupiter.api.Test;

class IncludePlanTest {

  private final AssociationRegistry registry =
      AssociationRegistry.builder()
          .addModels(FaqModels.Person.class, FaqModels.DrivingLicense.class)
          .build();

  @Test
  void toOneIncludesJoinIntoTheirParentAndToManyIncludesCostOneStatementEach() {
    IncludePlan plan =
        IncludePlan.of(
            registry,
            FaqModels.Person.class,
            "currentDrivingLicense",
            "children.currentDrivingLicense");

    assertThat(plan.nodes())
        .extracting(n -> n.association().name())
        .containsExactly("currentDrivingLicense", "children");
    assertThat(plan.nodes().get(0).ownsStatement()).isFalse();
    assertThat(plan.nodes().get(1).ownsStatement()).isTrue();
    assertThat(plan.nodes().get(1).children())
        .singleElement()
        .satisfies(n -> assertThat(n.model().name()).isEqualTo("DrivingLicense"));
    assertThat(plan.statementCount()).isEqualTo(2);
    assertThat(
            IncludePlan.of(
                    registry,
                    FaqModels.Person.class,
                    "currentDrivingLicense",
                    "children.currentDrivingLicense",
                    "children.children")
                .statementCount())
        .isEqualTo(3);
  }

  @Test
  void samePathNamedTwiceIsLoadedOnce() {
    IncludePlan plan =
        IncludePlan.of(
            registry, FaqModels.Person.class, "children", "children.parents", "children");

    assertThat(plan.nodes()).hasSize(1);
    assertThat(plan.nodes().get(0).children())
        .extracting(n -> n.association().name())
        .containsExactly("parents");
    assertThat(plan.statementCount()).isEqualTo(3);
  }

  @Test
  void inversesCanBeIncludedInBothDirections() {
    IncludePlan plan = IncludePlan.of(registry, FaqModels.DrivingLicense.class, "owner.parents");

    assertThat(plan.root().name()).isEqualTo("DrivingLicense");
    assertThat(plan.nodes().get(0).model().name()).isEqualTo("Person");
    assertThat(plan.statementCount()).isEqualTo(2);
    assertThat(IncludePlan.of(registry, FaqModels.Person.class).isEmpty()).isTrue();
  }

  @Test
  void unknownAssociationListsTheValidNamesAtThatLevel() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncludePlan.of(registry, FaqModels.Person.class, "children.license"))
        .withMessage(
            "cannot include 'children.license': Person has no association 'license'; its associations are "
                + "[currentDrivingLicense, children, parents]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncludePlan.of(registry, FaqModels.Person.class, "children."))
        .withMessageContaining("has no association ''");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncludePlan.of(registry, FaqModels.Person.class, " "))
        .withMessage(
            "an include path is empty; name associations of Person: [currentDrivingLicense, children, parents]");
  }
}
