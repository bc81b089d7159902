package dev.associations.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import dev.associations.annotation.ReferentialAction;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.KeyColumn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nullability, ON DELETE / ON UPDATE defaults and options, constraints and composite keys (DESIGN
 * §3).
 */
class ForeignKeyRulesTest {

  static class Nullability {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;
      @BelongsTo Person owner;
      @BelongsTo Person driver;
      @NotNull Long driverId;
      @BelongsTo Person mechanic;
      long mechanicId;

      @BelongsTo(foreignKey = @ForeignKey(allowNull = false))
      Person insurer;
    }
  }

  private static ForeignKeyMetadata key(
      AssociationRegistry registry, Class<?> model, String association) {
    return registry.association(model, association).foreignKey();
  }

  @Test
  void nullableKeyDeletesToNullAndNotNullKeyCascades() {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .addModels(Nullability.Person.class, Nullability.Car.class)
            .build();

    ForeignKeyMetadata owner = key(registry, Nullability.Car.class, "owner");
    assertThat(owner.nullable()).isTrue();
    assertThat(owner.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
    assertThat(owner.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
    for (String notNull : List.of("driver", "mechanic", "insurer")) {
      ForeignKeyMetadata key = key(registry, Nullability.Car.class, notNull);
      assertThat(key.nullable()).as(notNull).isFalse();
      assertThat(key.onDelete()).as(notNull).isEqualTo(ReferentialAction.CASCADE);
      assertThat(key.onUpdate()).as(notNull).isEqualTo(ReferentialAction.CASCADE);
    }
  }

  @Test
  void configuredDefaultsReplaceSequelizesDefaults() {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .foreignKeyDefaults(
                ForeignKeyDefaults.STANDARD
                    .withOnDeleteWhenNullable(ReferentialAction.RESTRICT)
                    .withOnDeleteWhenNotNull(ReferentialAction.NO_ACTION)
                    .withOnUpdate(ReferentialAction.RESTRICT))
            .addModels(Nullability.Person.class, Nullability.Car.class)
            .build();

    assertThat(key(registry, Nullability.Car.class, "owner").onDelete())
        .isEqualTo(ReferentialAction.RESTRICT);
    assertThat(key(registry, Nullability.Car.class, "driver").onDelete())
        .isEqualTo(ReferentialAction.NO_ACTION);
    assertThat(key(registry, Nullability.Car.class, "driver").onUpdate())
        .isEqualTo(ReferentialAction.RESTRICT);
  }

  static class Actions {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Document {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(
          foreignKey =
              @ForeignKey(
                  onDelete = ReferentialAction.RESTRICT,
                  onUpdate = ReferentialAction.RESTRICT))
      Person restricted;

      @BelongsTo(foreignKey = @ForeignKey(onDelete = ReferentialAction.CASCADE))
      Person cascaded;

      @BelongsTo(
          foreignKey =
              @ForeignKey(
                  onDelete = ReferentialAction.NO_ACTION,
                  onUpdate = ReferentialAction.NO_ACTION))
      Person unchecked;

      @BelongsTo(
          foreignKey = @ForeignKey(onDelete = ReferentialAction.SET_DEFAULT, defaultValue = "1"))
      Person defaulted;

      @BelongsTo(foreignKey = @ForeignKey(onDelete = ReferentialAction.SET_NULL))
      Person nulled;
    }
  }

  @ParameterizedTest
  @EnumSource(value = ReferentialAction.class, names = "DEFAULT", mode = EnumSource.Mode.EXCLUDE)
  void everyActionIsKeptAsGiven(ReferentialAction action) {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .addModels(Actions.Person.class, Actions.Document.class)
            .build();
    String association =
        switch (action) {
          case RESTRICT -> "restricted";
          case CASCADE -> "cascaded";
          case NO_ACTION -> "unchecked";
          case SET_DEFAULT -> "defaulted";
          case SET_NULL -> "nulled";
          case DEFAULT -> throw new IllegalArgumentException();
        };

    assertThat(key(registry, Actions.Document.class, association).onDelete()).isEqualTo(action);
  }

  @Test
  void setDefaultKeyCarriesItsDefaultValue() {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .addModels(Actions.Person.class, Actions.Document.class)
            .build();

    AttributeMetadata defaulted =
        key(registry, Actions.Document.class, "defaulted").attributes().get(0);
    assertThat(defaulted.defaultValue()).isEqualTo("1");
    assertThat(key(registry, Actions.Document.class, "restricted").onUpdate())
        .isEqualTo(ReferentialAction.RESTRICT);
  }

  static class Polymorphic {
    @Model
    static class Post {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(foreignKey = @ForeignKey("commentableId"), foreignKeyConstraints = false)
      List<Comment> comments;
    }

    @Model
    static class Video {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(foreignKey = @ForeignKey("commentableId"), foreignKeyConstraints = false)
      List<Comment> comments;
    }

    @Model
    static class Comment {
      @PrimaryKey @AutoIncrement Long id;
      String commentableType;
    }
  }

  @Test
  void foreignKeyConstraintsFalseAllowsOneColumnToPointAtSeveralTables() {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .addModels(Polymorphic.Post.class, Polymorphic.Video.class, Polymorphic.Comment.class)
            .build();

    assertThat(registry.foreignKeys()).hasSize(2).noneMatch(ForeignKeyMetadata::constrained);
    assertThat(registry.model(Polymorphic.Comment.class).attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("id", "commentableType", "commentableId");
  }

  @Test
  void constraintsCanBeSwitchedOffForEveryAssociation() {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .foreignKeyDefaults(ForeignKeyDefaults.STANDARD.withConstraints(false))
            .addModels(Nullability.Person.class, Nullability.Car.class)
            .build();

    assertThat(registry.foreignKeys()).isNotEmpty().noneMatch(ForeignKeyMetadata::constrained);
  }

  static class Composite {
    @Model
    static class Order {
      @PrimaryKey Long id;
      @PrimaryKey Integer version;

      @HasMany(inverse = @dev.associations.annotation.Inverse("order"))
      List<OrderLine> lines;
    }

    @Model
    static class OrderLine {
      @PrimaryKey @AutoIncrement Long id;
      @NotNull Integer orderVersion;
    }

    @Model
    static class Invoice {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(
          foreignKey = {
            @ForeignKey(value = "orderRevision", references = "version"),
            @ForeignKey(value = "orderNumber", references = "id")
          })
      Order order;
    }
  }

  @Test
  void compositeForeignKeyReferencesEveryPrimaryKeyColumn() {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .addModels(Composite.Order.class, Composite.OrderLine.class, Composite.Invoice.class)
            .build();

    ForeignKeyMetadata lines = key(registry, Composite.Order.class, "lines");
    assertThat(lines.isComposite()).isTrue();
    assertThat(lines.columnNames()).containsExactly("order_id", "order_version");
    assertThat(lines.referencedColumnNames()).containsExactly("id", "version");
    assertThat(lines.attributes().get(1).isDeclared()).isTrue();
    assertThat(lines.attributes().get(0).javaType()).isEqualTo(Long.class);
    assertThat(lines.nullable()).isFalse();
    assertThat(lines.onDelete()).isEqualTo(ReferentialAction.CASCADE);
    assertThat(lines.constraintName()).isEqualTo("fk_order_lines_order_id_order_version");
  }

  @Test
  void explicitCompositeKeyPairsColumnsThroughReferences() {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .addModels(Composite.Order.class, Composite.OrderLine.class, Composite.Invoice.class)
            .build();

    List<KeyColumn> columns = key(registry, Composite.Invoice.class, "order").columns();
    assertThat(columns)
        .extracting(c -> c.attribute().name() + "->" + c.referenced().name())
        .containsExactly("orderRevision->version", "orderNumber->id");
    assertThat(columns.get(0).attribute().javaType()).isEqualTo(Integer.class);
  }
}
