package dev.associations.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.annotation.Attribute;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.annotation.Through;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.naming.NamingStrategy;
import dev.associations.testsupport.FaqModels;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names of tables, foreign keys, inverses and join tables, per DESIGN §3 "Naming". */
class NamingRulesTest {

  private static AssociationRegistry registry(Class<?>... models) {
    return AssociationRegistry.builder().addModels(models).build();
  }

  @Test
  void faqHasOneWithForeignKeyOwnerIdAndInverseOwner() {
    AssociationRegistry registry = registry(FaqModels.Person.class, FaqModels.DrivingLicense.class);

    Association license = registry.association(FaqModels.Person.class, "currentDrivingLicense");
    assertThat(license.type()).isEqualTo(AssociationType.HAS_ONE);
    assertThat(license.inverse()).isEqualTo("owner");
    assertThat(license.foreignKey().table()).isEqualTo("driving_licenses");
    assertThat(license.foreignKey().columnNames()).containsExactly("owner_id");
    assertThat(license.foreignKey().referencedTable()).isEqualTo("people");
    assertThat(license.foreignKey().referencedColumnNames()).containsExactly("id");

    Association owner = registry.association(FaqModels.DrivingLicense.class, "owner");
    assertThat(owner.type()).isEqualTo(AssociationType.BELONGS_TO);
    assertThat(owner.declared()).isFalse();
    assertThat(owner.inverse()).isEqualTo("currentDrivingLicense");
    assertThat(owner.field()).isNotNull();
    assertThat(owner.field().getName()).isEqualTo("owner");
    assertThat(owner.foreignKey()).isSameAs(license.foreignKey());
    assertThat(registry.inverse(owner)).contains(license);
  }

  @Test
  void userDeclaredForeignKeyAttributeIsAdoptedWithItsColumnName() {
    AssociationRegistry registry = registry(FaqModels.Person.class, FaqModels.DrivingLicense.class);

    AttributeMetadata ownerId =
        registry.model(FaqModels.DrivingLicense.class).attribute("ownerId").orElseThrow();
    assertThat(ownerId.isDeclared()).isTrue();
    assertThat(ownerId.columnName()).isEqualTo("owner_id");
    assertThat(ownerId.nullable()).isFalse();
    assertThat(registry.model(FaqModels.DrivingLicense.class).attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("id", "ownerId");
  }

  @Test
  void faqSelfReferencingBelongsToManyChildrenAndParents() {
    AssociationRegistry registry = registry(FaqModels.Person.class, FaqModels.DrivingLicense.class);

    Association children = registry.association(FaqModels.Person.class, "children");
    Association parents = registry.association(FaqModels.Person.class, "parents");
    assertThat(children.type()).isEqualTo(AssociationType.BELONGS_TO_MANY);
    assertThat(children.singular()).isEqualTo("child");
    assertThat(children.through().name()).isEqualTo("people_children");
    assertThat(children.foreignKey().attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("parentId");
    assertThat(children.otherKey().attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("childId");
    assertThat(children.foreignKey().columnNames()).containsExactly("parent_id");

    assertThat(parents.declared()).isFalse();
    assertThat(parents.singular()).isEqualTo("parent");
    assertThat(parents.field().getName()).isEqualTo("parents");
    assertThat(parents.foreignKey()).isSameAs(children.otherKey());
    assertThat(parents.otherKey()).isSameAs(children.foreignKey());
    assertThat(parents.through()).isSameAs(children.through());
    assertThat(registry.joinTables()).hasSize(1);
    assertThat(children.through().columns())
        .extracting(AttributeMetadata::name)
        .containsExactly("parentId", "childId");
    assertThat(children.through().columns()).allMatch(AttributeMetadata::primaryKey);
  }

  static class Defaults {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      @HasOne DrivingLicense drivingLicense;
      @HasMany List<Toot> posts;
      @BelongsToMany List<Toot> likedToots;
    }

    @Model
    static class DrivingLicense {
      @PrimaryKey @AutoIncrement Long id;
      @BelongsTo Person owner;
    }

    @Model
    static class Toot {
      @PrimaryKey @AutoIncrement Long id;
      String text;
    }
  }

  @Test
  void hasOneAndHasManyTakeTheirForeignKeyFromTheInverseNeverFromTheField() {
    AssociationRegistry registry =
        registry(Defaults.Person.class, Defaults.DrivingLicense.class, Defaults.Toot.class);

    Association posts = registry.association(Defaults.Person.class, "posts");
    assertThat(posts.inverse()).isEqualTo("person");
    assertThat(posts.foreignKey().attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("personId");
    assertThat(posts.foreignKey().table()).isEqualTo("toots");
    assertThat(posts.singular()).isEqualTo("post");
    Association inverse = registry.association(Defaults.Toot.class, "person");
    assertThat(inverse.type()).isEqualTo(AssociationType.BELONGS_TO);
    assertThat(inverse.field()).isNull();

    Association license = registry.association(Defaults.Person.class, "drivingLicense");
    assertThat(license.foreignKey().attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("personId");
  }

  @Test
  void belongsToForeignKeyIsAssociationNamePlusTargetKey() {
    AssociationRegistry registry =
        registry(Defaults.Person.class, Defaults.DrivingLicense.class, Defaults.Toot.class);

    Association owner = registry.association(Defaults.DrivingLicense.class, "owner");
    assertThat(owner.foreignKey().attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("ownerId");
    assertThat(owner.foreignKey().columnNames()).containsExactly("owner_id");
    assertThat(owner.inverse()).isNull();
    AttributeMetadata ownerId =
        registry.model(Defaults.DrivingLicense.class).attribute("ownerId").orElseThrow();
    assertThat(ownerId.isDeclared()).isFalse();
    assertThat(ownerId.javaType()).isEqualTo(Long.class);
    assertThat(ownerId.nullable()).isTrue();
  }

  @Test
  void belongsToManyJoinTableIsBothTablesInLexicalOrder() {
    AssociationRegistry registry =
        registry(Defaults.Person.class, Defaults.DrivingLicense.class, Defaults.Toot.class);

    Association liked = registry.association(Defaults.Person.class, "likedToots");
    assertThat(liked.through().name()).isEqualTo("people_toots");
    assertThat(liked.foreignKey().attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("personId");
    assertThat(liked.otherKey().attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("tootId");
    Association people = registry.association(Defaults.Toot.class, "people");
    assertThat(people.type()).isEqualTo(AssociationType.BELONGS_TO_MANY);
    assertThat(people.singular()).isEqualTo("person");
    assertThat(people.foreignKey().attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("tootId");
  }

  static class ForeignKeyAsObject {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasOne(foreignKey = @ForeignKey(name = "ownerId", columnName = "license_owner"))
      DrivingLicense drivingLicense;
    }

    @Model
    static class DrivingLicense {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  @Test
  void foreignKeyGivenAsObjectWithColumnName() {
    AssociationRegistry registry =
        registry(ForeignKeyAsObject.Person.class, ForeignKeyAsObject.DrivingLicense.class);

    ForeignKeyMetadata key =
        registry.association(ForeignKeyAsObject.Person.class, "drivingLicense").foreignKey();
    assertThat(key.attributes()).extracting(AttributeMetadata::name).containsExactly("ownerId");
    assertThat(key.columnNames()).containsExactly("license_owner");
    assertThat(registry.association(ForeignKeyAsObject.DrivingLicense.class, "person").foreignKey())
        .isSameAs(key);
  }

  static class ForeignKeyAsName {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasOne(foreignKey = @ForeignKey("ownerId"))
      DrivingLicense drivingLicense;
    }

    @Model
    static class DrivingLicense {
      @PrimaryKey @AutoIncrement Long id;

      @Attribute(columnName = "owner_id")
      Long ownerId;
    }
  }

  @Test
  void foreignKeyGivenAsNameAndDeclaredAsAttribute() {
    AssociationRegistry registry =
        registry(ForeignKeyAsName.Person.class, ForeignKeyAsName.DrivingLicense.class);

    ForeignKeyMetadata key =
        registry.association(ForeignKeyAsName.Person.class, "drivingLicense").foreignKey();
    assertThat(key.columnNames()).containsExactly("owner_id");
    assertThat(key.attributes().get(0).isDeclared()).isTrue();
    assertThat(key.nullable()).isTrue();
  }

  static class BothSides {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(inverse = @Inverse("author"))
      List<Post> posts;
    }

    @Model
    static class Post {
      @PrimaryKey @AutoIncrement Long id;
      @BelongsTo Person author;
    }
  }

  @Test
  void declaredInverseIsReusedAndSharesOneForeignKey() {
    AssociationRegistry registry = registry(BothSides.Person.class, BothSides.Post.class);

    Association posts = registry.association(BothSides.Person.class, "posts");
    Association author = registry.association(BothSides.Post.class, "author");
    assertThat(author.declared()).isTrue();
    assertThat(author.inverse()).isEqualTo("posts");
    assertThat(posts.foreignKey()).isSameAs(author.foreignKey());
    assertThat(registry.foreignKeys()).hasSize(1);
    assertThat(registry.warnings()).isEmpty();
  }

  static class BelongsToWithInverse {
    @Model
    static class Team {
      @PrimaryKey @AutoIncrement Long id;
      List<Player> players;
    }

    @Model
    static class Player {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(inverse = @Inverse(value = "players", type = Inverse.Type.HAS_MANY))
      Team team;
    }
  }

  @Test
  void belongsToCreatesAnInverseOnlyWhenItsTypeIsGiven() {
    AssociationRegistry registry =
        registry(BelongsToWithInverse.Team.class, BelongsToWithInverse.Player.class);

    Association players = registry.association(BelongsToWithInverse.Team.class, "players");
    assertThat(players.type()).isEqualTo(AssociationType.HAS_MANY);
    assertThat(players.field().getName()).isEqualTo("players");
    assertThat(players.foreignKey().attributes())
        .extracting(AttributeMetadata::name)
        .containsExactly("teamId");
  }

  static class SharedInverse {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      @HasMany List<Post> authoredPosts;
      @HasMany List<Post> editedPosts;
    }

    @Model
    static class Post {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  @Test
  void twoHasManyWithDefaultKeysShareOneInverseAndAWarningNamesBoth() {
    AssociationRegistry registry = registry(SharedInverse.Person.class, SharedInverse.Post.class);

    Association authored = registry.association(SharedInverse.Person.class, "authoredPosts");
    Association edited = registry.association(SharedInverse.Person.class, "editedPosts");
    assertThat(authored.foreignKey()).isSameAs(edited.foreignKey());
    assertThat(registry.associations(SharedInverse.Post.class))
        .extracting(Association::name)
        .containsExactly("person");
    assertThat(registry.warnings())
        .singleElement()
        .asString()
        .contains("Person.authoredPosts", "Person.editedPosts", "Post.person", "@Inverse");
  }

  static class JoinModels {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(through = @Through(model = Membership.class))
      List<Team> teams;

      @BelongsToMany(through = @Through("favourites"), inverse = @Inverse("fans"))
      List<Club> clubs;
    }

    @Model
    static class Team {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Club {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Membership {
      @PrimaryKey @AutoIncrement Long id;
      Long personId;
      Long teamId;
      String role;
    }
  }

  @Test
  void joinModelsAndExplicitJoinTableNames() {
    AssociationRegistry registry =
        registry(
            JoinModels.Person.class,
            JoinModels.Team.class,
            JoinModels.Club.class,
            JoinModels.Membership.class);

    JoinTable memberships = registry.association(JoinModels.Person.class, "teams").through();
    assertThat(memberships.name()).isEqualTo("memberships");
    assertThat(memberships.hasModel()).isTrue();
    assertThat(memberships.model().primaryKey())
        .extracting(AttributeMetadata::name)
        .containsExactly("id");
    assertThat(memberships.sourceKey().attributes().get(0).isDeclared()).isTrue();
    assertThat(memberships.sourceKey().nullable()).isFalse();
    assertThat(registry.association(JoinModels.Team.class, "people").through())
        .isSameAs(memberships);

    JoinTable favourites = registry.association(JoinModels.Person.class, "clubs").through();
    assertThat(favourites.name()).isEqualTo("favourites");
    assertThat(registry.association(JoinModels.Club.class, "fans").otherKey().table())
        .isEqualTo("favourites");
  }

  static class Verbatim {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(singular = "kid", inverse = @Inverse("parent"))
      List<Person> children;
    }
  }

  @Test
  void verbatimNamingAndSingularOverride() {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .namingStrategy(new NamingStrategy(false, true))
            .addModels(Verbatim.Person.class)
            .build();

    assertThat(registry.model(Verbatim.Person.class).table()).isEqualTo("People");
    Association children = registry.association(Verbatim.Person.class, "children");
    assertThat(children.singular()).isEqualTo("kid");
    assertThat(children.foreignKey().columnNames()).containsExactly("parentId");
    assertThat(registry.association(Verbatim.Person.class, "parent").type())
        .isEqualTo(AssociationType.BELONGS_TO);
  }

  @Test
  void singularTableNamesWhenPluralIsOff() {
    AssociationRegistry registry =
        AssociationRegistry.builder()
            .namingStrategy(new NamingStrategy(true, false))
            .addModels(Defaults.Person.class, Defaults.DrivingLicense.class, Defaults.Toot.class)
            .build();

    assertThat(registry.models())
        .extracting(m -> m.table())
        .containsExactly("person", "driving_license", "toot");
  }

  static class LongNames {
    @Model(table = "a_table_whose_name_is_long_enough_to_push_constraint_names")
    static class Holder {
      @PrimaryKey @AutoIncrement Long id;
      @BelongsTo Target anAssociationWithAVeryLongNameIndeed;
      @BelongsTo Target anAssociationWithAVeryLongNameIndeedToo;
    }

    @Model
    static class Target {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  @Test
  void constraintNamesAreDeterministicAndWithinIdentifierLimits() {
    AssociationRegistry first = registry(LongNames.Holder.class, LongNames.Target.class);
    AssociationRegistry second = registry(LongNames.Holder.class, LongNames.Target.class);

    List<String> names =
        first.foreignKeys().stream().map(ForeignKeyMetadata::constraintName).toList();
    assertThat(names)
        .allMatch(n -> n.length() <= 63)
        .allMatch(n -> n.startsWith("fk_a_table_whose_name"));
    assertThat(Set.copyOf(names)).hasSize(2);
    assertThat(second.foreignKeys())
        .extracting(ForeignKeyMetadata::constraintName)
        .isEqualTo(names);
    assertThat(
            registry(Defaults.Person.class, Defaults.DrivingLicense.class, Defaults.Toot.class)
                .association(Defaults.DrivingLicense.class, "owner")
                .foreignKey()
                .constraintName())
        .isEqualTo("fk_driving_licenses_owner_id");
  }
}
