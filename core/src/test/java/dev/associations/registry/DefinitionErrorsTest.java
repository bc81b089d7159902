package dev.associations.registry;

import static dev.associations.registry.DefinitionFailures.problems;
import static dev.associations.registry.DefinitionFailures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.associations.Problem;
import dev.associations.annotation.AssociationScope;
import dev.associations.annotation.Attribute;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import dev.associations.annotation.ReferentialAction;
import dev.associations.annotation.Through;
import dev.associations.dialect.MariaDbDialect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every definition error of DESIGN §3, each with its message: one line per problem, {@code
 * Model.field: what is wrong — how to fix}. The whole messages of the model sets that {@link
 * BrokenDefinitionsTest} declares are tested there, beside those sets.
 */
class DefinitionErrorsTest {

  static class SelfWithoutInverse {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      @BelongsToMany List<Person> friends;

      @HasMany(inverse = @Inverse("children"))
      List<Person> children;
    }
  }

  @Test
  void selfAssociationNeedsAnInverseNameThatDiffersFromTheField() {
    List<Problem> problems = problems(SelfWithoutInverse.Person.class);

    assertThat(problems)
        .extracting(Problem::location)
        .containsExactly("Person.friends", "Person.children");
    assertThat(problems.get(0).problem()).contains("self-association needs a named inverse");
    assertThat(problems.get(0).fix()).contains("@Inverse(\"parents\")");
    assertThat(problems.get(1).problem()).contains("same name as the association");
  }

  static class WrongInverseField {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasOne(inverse = @Inverse("owner"))
      DrivingLicense license;

      @HasMany(inverse = @Inverse("author"))
      List<Post> posts;
    }

    @Model
    static class DrivingLicense {
      @PrimaryKey @AutoIncrement Long id;
      List<Person> owner;
    }

    @Model
    static class Post {
      @PrimaryKey @AutoIncrement Long id;
      DrivingLicense author;
    }
  }

  @Test
  void inverseFieldOfTheWrongShapeOrType() {
    List<Problem> problems =
        problems(
            WrongInverseField.Person.class,
            WrongInverseField.DrivingLicense.class,
            WrongInverseField.Post.class);

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "DrivingLicense.owner: is the inverse of Person.license and must be declared as Person, found List<Person>"
                + " — change the field type, or name the inverse differently with @Inverse on Person.license",
            "Post.author: is the inverse of Person.posts and must be declared as Person, found DrivingLicense"
                + " — change the field type, or name the inverse differently with @Inverse on Person.posts");
  }

  static class NotAModel {
    static class Pet {
      Long id;
    }

    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      @HasMany List<Pet> pets;
      @HasOne Unregistered profile;
    }

    @Model
    static class Unregistered {
      @PrimaryKey Long id;
    }
  }

  @Test
  void unknownTarget() {
    List<Problem> problems = problems(NotAModel.Person.class);

    assertThat(problems)
        .extracting(Problem::location)
        .containsExactly("Person.pets", "Person.profile");
    assertThat(problems.get(0).problem()).isEqualTo("target Pet is not a registered model");
    assertThat(problems.get(0).fix()).contains("annotate", "Pet with @Model");
    assertThat(problems.get(1).fix()).contains("add", "Unregistered to the registry");
  }

  static class BadActions {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(foreignKey = @ForeignKey(onDelete = ReferentialAction.SET_NULL))
      Person owner;

      @NotNull Long ownerId;

      @BelongsTo(foreignKey = @ForeignKey(onDelete = ReferentialAction.SET_DEFAULT))
      Person driver;
    }
  }

  @Test
  void setNullOnNotNullAndSetDefaultWithoutDefault() {
    List<Problem> problems = problems(BadActions.Person.class, BadActions.Car.class);

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "Car.owner: ON DELETE SET NULL on foreign key [ownerId], which is NOT NULL — allow NULL (no @NotNull, "
                + "no primitive, allowNull = true) or set onDelete = CASCADE, RESTRICT or NO_ACTION",
            "Car.driver: ON DELETE SET DEFAULT on foreign key [driverId], which has no default value — add "
                + "defaultValue to the @ForeignKey (or to the key's @Attribute), or set onDelete to another action");
  }

  static class SetDefaultEverywhere {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(
          foreignKey = @ForeignKey(onDelete = ReferentialAction.SET_DEFAULT, defaultValue = "0"))
      Person owner;

      @BelongsTo Person driver;
    }
  }

  @Test
  void actionTheDatabaseCannotDoFailsAtStartup() {
    List<Problem> problems =
        problems(
            new MariaDbDialect(),
            SetDefaultEverywhere.Person.class,
            SetDefaultEverywhere.Car.class);

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "Car.owner: ON DELETE SET DEFAULT is not supported by MariaDB — set onDelete to an action MariaDB supports: CASCADE, RESTRICT, NO_ACTION, SET_NULL");
  }

  @Test
  void configuredDefaultActionProblemsNameTheProperty() {
    AssociationDefinitionException exception =
        assertThatExceptionOfType(AssociationDefinitionException.class)
            .isThrownBy(
                () ->
                    AssociationRegistry.builder()
                        .foreignKeyDefaults(
                            ForeignKeyDefaults.STANDARD.withOnDeleteWhenNullable(
                                ReferentialAction.SET_DEFAULT))
                        .addModels(
                            SetDefaultEverywhere.Person.class, SetDefaultEverywhere.Car.class)
                        .build())
            .actual();

    assertThat(exception.problems())
        .singleElement()
        .asString()
        .startsWith(
            "Car.driver: ON DELETE SET DEFAULT on foreign key [driverId], which has no default value")
        .contains("associations.foreign-keys.on-delete-when-nullable");
  }

  static class UntypedInverse {
    @Model
    static class Team {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Player {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(inverse = @Inverse("players"))
      Team team;
    }
  }

  @Test
  void belongsToInverseWithoutAType() {
    Problem problem = single(UntypedInverse.Team.class, UntypedInverse.Player.class);

    assertThat(problem)
        .hasToString(
            "Player.team: the inverse 'players' has no type — add type = "
                + "Inverse.Type.HAS_ONE or Inverse.Type.HAS_MANY to @Inverse, or remove the inverse");
  }

  static class BadScopes {
    @Model
    static class Post {
      @PrimaryKey @AutoIncrement Long id;

      @AssociationScope(attribute = "kind", value = "post")
      String title;

      @HasMany(foreignKey = @ForeignKey("postId"), inverse = @Inverse("post"))
      @AssociationScope(attribute = "kindd", value = "post")
      @AssociationScope(attribute = "postId", value = "1")
      @AssociationScope(attribute = "rank", value = "first")
      List<Note> notes;

      @HasMany(foreignKey = @ForeignKey("postId"), inverse = @Inverse("post"))
      @AssociationScope(attribute = "kind", value = "a")
      @AssociationScope(attribute = "kind", value = "b")
      List<Note> others;

      @BelongsToMany(inverse = @Inverse("posts"))
      @AssociationScope(attribute = "kind", value = "x")
      List<Tag> tags;
    }

    @Model
    static class Note {
      @PrimaryKey @AutoIncrement Long id;
      String kind;
      Integer rank;
    }

    @Model
    static class Tag {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  @Test
  void scopesNameAttributesOfTheTableHoldingTheKeyWithValuesOfTheirType() {
    List<String> messages =
        problems(BadScopes.Post.class, BadScopes.Note.class, BadScopes.Tag.class).stream()
            .map(p -> p.location() + ": " + p.problem() + " — " + p.fix())
            .toList();

    assertThat(messages)
        .contains(
            "Post.title: has @AssociationScope but no association annotation — put @AssociationScope on the field declaring"
                + " the association (@HasOne, @HasMany, @BelongsTo or @BelongsToMany); its inverse shares the scope",
            "Post.notes: @AssociationScope names 'kindd', which Note has not — name an attribute of Note, which holds the"
                + " foreign key: [id, kind, rank, postId]",
            "Post.notes: @AssociationScope names Note.postId, which is part of the foreign key — scope by an attribute of its own",
            "Post.notes: @AssociationScope value 'first' of Note.rank does not convert to Integer — write a value of that type",
            "Post.others: @AssociationScope gives kind twice ('a' and 'b') — keep one value per attribute: rows cannot have both",
            "Post.tags: has @AssociationScope, but its join table posts_tags has only its two keys — give it a join model"
                + " declaring the scope's attributes: through = @Through(model = ...)");
    assertThat(messages)
        .contains(
            "Post.others: its inverse Note.post conflicts with the inverse Note.post created by"
                + " Post.notes: scope {kindd=post, postId=1, rank=first} vs {kind=a} — name the inverse of Post.others with"
                + " @Inverse(\"...\") so that each has its own");
  }

  static class HalfScopedJoin {
    @Model
    static class Post {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(
          through = @Through(model = Tagging.class),
          foreignKey = @ForeignKey("taggableId"),
          otherKey = @ForeignKey("tagId"),
          foreignKeyConstraints = false,
          inverse = @Inverse("posts"))
      @AssociationScope(attribute = "taggableType", value = "post")
      List<Tag> tags;
    }

    @Model
    static class Video {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(
          through = @Through(model = Tagging.class),
          foreignKey = @ForeignKey("taggableId"),
          otherKey = @ForeignKey("tagId"),
          foreignKeyConstraints = false,
          inverse = @Inverse("videos"))
      @AssociationScope(attribute = "weight", value = "")
      List<Tag> tags;
    }

    @Model
    static class Tag {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Tagging {
      Long tagId;
      Long taggableId;
      String taggableType;
      Integer weight;
    }
  }

  @Test
  void aScopeJoiningAJoinModelsKeyBindsEveryAssociationThroughItAndAnEmptyNumberIsNoValue() {
    List<String> messages =
        problems(
                HalfScopedJoin.Post.class,
                HalfScopedJoin.Video.class,
                HalfScopedJoin.Tag.class,
                HalfScopedJoin.Tagging.class)
            .stream()
            .map(p -> p.location() + ": " + p.problem() + " — " + p.fix())
            .toList();

    assertThat(messages)
        .containsExactlyInAnyOrder(
            "Video.tags: @AssociationScope value '' of Tagging.weight does not convert to Integer — write a value of that type",
            "Video.tags: goes through Tagging, whose primary key includes the scope attributes [taggableType] of other"
                + " associations through it — give it an @AssociationScope on taggableType too");
  }

  static class HalfJoinModel {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(through = @Through(model = Membership.class))
      List<Team> teams;
    }

    @Model
    static class Team {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Membership {
      Long personId;
      String role;
    }
  }

  @Test
  void throughModelMissingOneSide() {
    Problem problem =
        single(
            HalfJoinModel.Person.class, HalfJoinModel.Team.class, HalfJoinModel.Membership.class);

    assertThat(problem)
        .hasToString(
            "Membership: join model of Person.teams has no attribute 'teamId' for the Team side"
                + " — declare a field Long teamId in Membership, or name the key after an existing field with "
                + "foreignKey/otherKey = @ForeignKey(\"...\")");
  }

  static class Misc {
    static class Plain {}

    @Model
    static class Person {
      @PrimaryKey Long id;
      Map<String, String> settings;

      @HasMany(inverse = @Inverse(value = "owner", type = Inverse.Type.HAS_ONE))
      List<Car> cars;

      @HasOne List<Car> favourite;
      @AutoIncrement String code;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;

      @Attribute(columnName = "owner")
      String ownerId;

      @BelongsTo Person owner;
      Person driver;
    }
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    List<Problem> problems = problems(Misc.Plain.class, Misc.Person.class, Misc.Car.class);

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "Plain: is not annotated with @Model — annotate "
                + Misc.Plain.class.getName()
                + " with @Model, or do not add it to the registry",
            "Person.settings: type Map<String, String> cannot be stored in a column — use "
                + dev.associations.internal.metadata.AttributeTypes.describeSupported()
                + "; for associated models annotate the "
                + "field with @HasOne, @HasMany, @BelongsTo or @BelongsToMany; mark other fields transient",
            "Person.code: @AutoIncrement on a String attribute — declare it as Long, Integer or Short, or remove @AutoIncrement",
            "Person.cars: @Inverse(type = HAS_ONE) is only for @BelongsTo — remove type: the inverse of @HasMany is always a BelongsTo",
            "Person.favourite: @HasOne needs a single-valued field, found List<Car> — declare it as Car",
            "Car.ownerId: is a String but, as foreign key of Car.owner, references Person.id of type Long — declare it as Long",
            "Car.driver: holds Person but is no association — annotate it with @BelongsTo or @HasOne, or make it the "
                + "inverse of an association on Person with @Inverse(\"driver\")");
  }

  static class BadDefaults {
    @Model
    static class Team {
      @PrimaryKey @AutoIncrement Long id;

      @Attribute(defaultValue = "many")
      Integer size;

      @Attribute(defaultValue = "yes")
      Boolean active;
    }

    @Model
    static class Coach {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(
          foreignKey =
              @ForeignKey(
                  value = "teamId",
                  onDelete = ReferentialAction.SET_DEFAULT,
                  defaultValue = "none"))
      Team team;
    }
  }

  @Test
  void defaultValueThatDoesNotFitItsType() {
    List<Problem> problems = problems(BadDefaults.Team.class, BadDefaults.Coach.class);

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "Team.size: default value 'many' does not fit its type Integer — write a whole number such as 0 that fits an Integer",
            "Team.active: default value 'yes' does not fit its type Boolean — write true or false",
            "Coach.teamId: default value 'none' does not fit its type Long — write a whole number such as 0 that fits a Long");
  }

  static class TableNames {
    @Model(table = "people")
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(through = @Through("people"))
      List<Group> groups;
    }

    @Model(table = "people")
    static class Member {
      @PrimaryKey
      @AutoIncrement
      @Attribute(defaultValue = "1")
      Long id;
    }

    @Model
    static class Group {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  @Test
  void tableNamesAreUsedOnceAndGeneratedKeysHaveNoDefault() {
    List<Problem> problems =
        problems(TableNames.Person.class, TableNames.Member.class, TableNames.Group.class);

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "Member.id: is @AutoIncrement and has a default value — remove one of them: the database generates the value",
            "Member: uses table 'people', already used by model Person — give one of them another name with @Model(table = \"...\")",
            "Person.groups: join table 'people' is already used by model Person — give it another name with through = @Through(\"...\")");
  }
}
