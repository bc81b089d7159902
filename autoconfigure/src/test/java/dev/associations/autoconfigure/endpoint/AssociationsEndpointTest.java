package dev.associations.autoconfigure.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.associations.annotation.ReferentialAction;
import dev.associations.autoconfigure.AssociationsAutoConfiguration;
import dev.associations.autoconfigure.endpoint.AssociationsEndpoint.AssociationDescriptor;
import dev.associations.autoconfigure.endpoint.AssociationsEndpoint.AssociationsDescriptor;
import dev.associations.autoconfigure.endpoint.AssociationsEndpoint.ForeignKeyDescriptor;
import dev.associations.autoconfigure.endpoint.AssociationsEndpoint.JoinTableDescriptor;
import dev.associations.autoconfigure.endpoint.AssociationsEndpoint.ModelDescriptor;
import dev.associations.autoconfigure.endpoint.models.Person;
import dev.associations.metadata.AssociationType;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** What the endpoint reports for the models of {@code endpoint.models}, and its JSON. */
class AssociationsEndpointTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  AssociationsAutoConfiguration.class, AssociationsEndpointAutoConfiguration.class))
          .withPropertyValues(
              "associations.model-packages=dev.associations.autoconfigure.endpoint.models",
              "management.endpoints.web.exposure.include=associations");

  private void withEndpoint(Consumer<AssociationsEndpoint> check) {
    runner.run(context -> check.accept(context.getBean(AssociationsEndpoint.class)));
  }

  private static AssociationDescriptor association(ModelDescriptor model, String name) {
    return model.associations().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(model.name() + " has no association " + name));
  }

  @Test
  void describesEveryModelWithTypeTableAndPrimaryKey() {
    withEndpoint(
        endpoint -> {
          Map<String, ModelDescriptor> models = endpoint.associations().models();
          assertThat(models).containsOnlyKeys("Person", "DrivingLicense", "Order", "OrderLine");
          ModelDescriptor person = models.get("Person");
          assertThat(person.name()).isEqualTo("Person");
          assertThat(person.type()).isEqualTo(Person.class.getName());
          assertThat(person.table()).isEqualTo("people");
          assertThat(person.primaryKey()).containsExactly("id");
          assertThat(person.associations())
              .extracting(AssociationDescriptor::name)
              .containsExactlyInAnyOrder("license", "children", "parents");
          assertThat(models.get("Order").primaryKey()).containsExactly("id", "version");
          assertThat(models.get("Order").associations()).isEmpty();
        });
  }

  @Test
  void describesAHasOneWithItsInverseAndOnDeleteAction() {
    withEndpoint(
        endpoint -> {
          Map<String, ModelDescriptor> models = endpoint.associations().models();
          AssociationDescriptor license = association(models.get("Person"), "license");
          assertThat(license.type()).isEqualTo(AssociationType.HAS_ONE);
          assertThat(license.target()).isEqualTo("DrivingLicense");
          assertThat(license.inverse()).isEqualTo("owner");
          assertThat(license.declared()).isTrue();
          assertThat(license.otherKey()).isNull();
          assertThat(license.joinTable()).isNull();
          assertThat(license.scope()).containsExactly(Map.entry("category", "B"));
          assertThat(association(models.get("DrivingLicense"), "owner").scope())
              .isEqualTo(license.scope());
          assertThat(association(models.get("Person"), "children").scope()).isEmpty();
          ForeignKeyDescriptor key = license.foreignKey();
          assertThat(key.table()).isEqualTo("driving_licenses");
          assertThat(key.columns()).containsExactly(Map.entry("owner_id", "id"));
          assertThat(key.referencedTable()).isEqualTo("people");
          assertThat(key.nullable()).isTrue();
          assertThat(key.onDelete()).isEqualTo(ReferentialAction.CASCADE);
          assertThat(key.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
          assertThat(key.constrained()).isTrue();
          assertThat(key.constraintName()).isEqualTo("fk_driving_licenses_owner_id");

          AssociationDescriptor owner = association(models.get("DrivingLicense"), "owner");
          assertThat(owner.type()).isEqualTo(AssociationType.BELONGS_TO);
          assertThat(owner.target()).isEqualTo("Person");
          assertThat(owner.inverse()).isEqualTo("license");
          assertThat(owner.declared()).isFalse();
          assertThat(owner.foreignKey()).isEqualTo(key);
        });
  }

  @Test
  void describesASelfBelongsToManyFromEachSide() {
    withEndpoint(
        endpoint -> {
          ModelDescriptor person = endpoint.associations().models().get("Person");
          AssociationDescriptor children = association(person, "children");
          assertThat(children.type()).isEqualTo(AssociationType.BELONGS_TO_MANY);
          assertThat(children.target()).isEqualTo("Person");
          assertThat(children.inverse()).isEqualTo("parents");
          assertThat(children.declared()).isTrue();
          assertThat(children.joinTable())
              .isEqualTo(
                  new JoinTableDescriptor(
                      "people_children", null, List.of("parent_id"), List.of("child_id")));
          assertThat(children.foreignKey().table()).isEqualTo("people_children");
          assertThat(children.foreignKey().columns()).containsExactly(Map.entry("parent_id", "id"));
          assertThat(children.otherKey().columns()).containsExactly(Map.entry("child_id", "id"));
          assertThat(children.otherKey().referencedTable()).isEqualTo("people");

          AssociationDescriptor parents = association(person, "parents");
          assertThat(parents.declared()).isFalse();
          assertThat(parents.inverse()).isEqualTo("children");
          assertThat(parents.joinTable())
              .isEqualTo(
                  new JoinTableDescriptor(
                      "people_children", null, List.of("child_id"), List.of("parent_id")));
          assertThat(parents.foreignKey()).isEqualTo(children.otherKey());
        });
  }

  @Test
  void describesACompositeForeignKeyColumnByColumn() {
    withEndpoint(
        endpoint -> {
          AssociationDescriptor order =
              association(endpoint.associations().models().get("OrderLine"), "order");
          assertThat(order.type()).isEqualTo(AssociationType.BELONGS_TO);
          assertThat(order.inverse()).isNull();
          ForeignKeyDescriptor key = order.foreignKey();
          assertThat(key.table()).isEqualTo("order_lines");
          assertThat(key.columns())
              .containsExactly(Map.entry("order_id", "id"), Map.entry("order_version", "version"));
          assertThat(key.referencedTable()).isEqualTo("orders");
          assertThat(key.nullable()).isTrue();
          assertThat(key.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
          assertThat(key.constraintName()).isEqualTo("fk_order_lines_order_id_order_version");
        });
  }

  @Test
  void selectsOneModelByName() {
    withEndpoint(
        endpoint -> {
          assertThat(endpoint.model("OrderLine"))
              .isEqualTo(endpoint.associations().models().get("OrderLine"));
          assertThat(endpoint.model("OrderLine").table()).isEqualTo("order_lines");
          assertThat(endpoint.model("Nobody")).isNull();
        });
  }

  @Test
  void serializesToJson() {
    withEndpoint(
        endpoint -> {
          AssociationsDescriptor descriptor = endpoint.associations();
          DocumentContext json =
              JsonPath.parse(JsonMapper.builder().build().writeValueAsString(descriptor));
          assertThat(json.<String>read("$.models.Person.table")).isEqualTo("people");
          assertThat(json.<String>read("$.models.Person.type")).isEqualTo(Person.class.getName());
          assertThat(json.<List<String>>read("$.models.Order.primaryKey"))
              .containsExactly("id", "version");
          assertThat(
                  json.<List<String>>read(
                      "$.models.Person.associations[?(@.name == 'license')].type"))
              .containsExactly("HAS_ONE");
          assertThat(
                  json.<List<String>>read(
                      "$.models.Person.associations[?(@.name == 'license')].foreignKey.onDelete"))
              .containsExactly("CASCADE");
          assertThat(
                  json.<List<String>>read(
                      "$.models.Person.associations[?(@.name == 'license')].foreignKey.columns.owner_id"))
              .containsExactly("id");
          assertThat(
                  json.<List<String>>read(
                      "$.models.Person.associations[?(@.name == 'children')].joinTable.name"))
              .containsExactly("people_children");
          assertThat(
                  json.<List<List<String>>>read(
                      "$.models.Person.associations[?(@.name == 'children')].joinTable.targetKey"))
              .containsExactly(List.of("child_id"));
          assertThat(
                  json.<List<Map<String, Object>>>read(
                      "$.models.Person.associations[?(@.name == 'license')].scope"))
              .containsExactly(Map.of("category", "B"));
          assertThat(
                  json.<List<Boolean>>read(
                      "$.models.DrivingLicense.associations[?(@.name == 'owner')].declared"))
              .containsExactly(false);
          assertThat(
                  json.<Map<String, String>>read(
                      "$.models.OrderLine.associations[0].foreignKey.columns"))
              .containsExactly(Map.entry("order_id", "id"), Map.entry("order_version", "version"));
          assertThat(json.<Map<String, Object>>read("$.models.OrderLine.associations[0]"))
              .containsEntry("inverse", null)
              .containsEntry("joinTable", null);
        });
  }
}
