package dev.associations.registry;

import static dev.associations.registry.DefinitionFailures.problems;
import static dev.associations.registry.DefinitionFailures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.associations.Problem;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7, bad definitions: a table of broken model sets. Each must fail at startup with one {@link
 * AssociationDefinitionException} that lists every problem of the set, each naming {@code
 * Model.field} (or {@code Model} for the model as a whole), what is wrong and how to fix it; and
 * none may yield a registry, even when mixed with valid models.
 */
class BrokenDefinitionsTest {

  /**
   * {@code " Model.field: problem — fix"}, the field part absent for a problem of the model as a
   * whole.
   */
  private static final Pattern LINE =
      Pattern.compile("  ([A-Z][A-Za-z0-9]*)(?:\\.([A-Za-z][A-Za-z0-9]*))?: (.+) — (.+)");

  /** One expected problem: where, and fragments of what is wrong and of the fix. */
  record Expected(String model, String field, String problem, String fix) {

    @Override
    public String toString() {
      return (field == null ? model : model + "." + field)
          + ": ..."
          + problem
          + "... — ..."
          + fix
          + "...";
    }
  }

  /** A broken model set, its registry settings and the problems it must report, in order. */
  record BrokenSet(
      String name,
      List<Class<?>> models,
      UnaryOperator<AssociationRegistry.Builder> settings,
      List<Expected> expected) {

    AssociationRegistry.Builder builder() {
      return settings.apply(AssociationRegistry.builder()).addModels(models);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Expected at(String model, String field, String problem, String fix) {
    return new Expected(model, field, problem, fix);
  }

  private static BrokenSet set(String name, List<Class<?>> models, Expected... expected) {
    return new BrokenSet(name, models, UnaryOperator.identity(), List.of(expected));
  }

  private static BrokenSet set(
      String name,
      UnaryOperator<AssociationRegistry.Builder> settings,
      List<Class<?>> models,
      Expected... expected) {
    return new BrokenSet(name, models, settings, List.of(expected));
  }

  private static List<Class<?>> models(Class<?>... models) {
    return List.of(models);
  }

  /** The model part of a problem's location. */
  private static String model(Problem problem) {
    int dot = problem.location().indexOf('.');
    return dot < 0 ? problem.location() : problem.location().substring(0, dot);
  }

  /**
   * The field part of a problem's location, or {@code null} for a problem of the model as a whole.
   */
  private static String field(Problem problem) {
    int dot = problem.location().indexOf('.');
    return dot < 0 ? null : problem.location().substring(dot + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // The broken sets
  // ---------------------------------------------------------------------------------------------

  static class DuplicateAssociationName {
    static class Base {
      @PrimaryKey @AutoIncrement Long id;
      @HasMany List<Toot> toots;
    }

    @Model
    static class Person extends Base {
      @HasMany List<Toot> toots;
    }

    @Model
    static class Toot {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  static class SelfWithoutInverse {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      @BelongsToMany List<Person> friends;
    }
  }

  static class SelfInverseWithOwnName {
    @Model
    static class Employee {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(inverse = @Inverse("reports"))
      List<Employee> reports;
    }
  }

  static class SelfProblemsTogether {
    @Model
    static class Node {
      @PrimaryKey @AutoIncrement Long id;
      @HasMany List<Node> children;

      @HasOne(inverse = @Inverse("next"))
      Node next;

      @BelongsToMany(inverse = @Inverse("links"))
      Set<Node> links;
    }
  }

  static class InverseOfWrongShape {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasOne(inverse = @Inverse("owner"))
      DrivingLicense license;
    }

    @Model
    static class DrivingLicense {
      @PrimaryKey @AutoIncrement Long id;
      List<Person> owner;
    }
  }

  static class InverseOfWrongType {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(inverse = @Inverse("author"))
      List<Post> posts;
    }

    @Model
    static class Blog {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Post {
      @PrimaryKey @AutoIncrement Long id;
      Blog author;
    }
  }

  static class BelongsToManyInverseNotACollection {
    @Model
    static class Student {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(inverse = @Inverse("students"))
      List<Course> courses;
    }

    @Model
    static class Course {
      @PrimaryKey @AutoIncrement Long id;
      Student students;
    }
  }

  static class UnclaimedModelFields {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;
      Person driver;
      List<Person> passengers;
    }
  }

  static class SetNullOnNotNullKey {
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
    }
  }

  static class SetNullOnPrimitiveAndAllowNullFalse {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(foreignKey = @ForeignKey(onDelete = ReferentialAction.SET_NULL))
      Person owner;

      long ownerId;

      @BelongsTo(foreignKey = @ForeignKey(allowNull = false, onUpdate = ReferentialAction.SET_NULL))
      Person driver;
    }
  }

  static class SetDefaultWithoutDefault {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(foreignKey = @ForeignKey(onDelete = ReferentialAction.SET_DEFAULT))
      Person driver;

      @BelongsTo(foreignKey = @ForeignKey(onUpdate = ReferentialAction.SET_DEFAULT))
      Person owner;
    }
  }

  static class HasManySetNullOnNotNull {
    @Model
    static class Team {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(foreignKey = @ForeignKey(allowNull = false, onDelete = ReferentialAction.SET_NULL))
      List<Player> players;
    }

    @Model
    static class Player {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  static class TemporalAndRangeDefaults {
    enum Size {
      S,
      L
    }

    @Model
    static class Club {
      @PrimaryKey @AutoIncrement Long id;

      @Attribute(defaultValue = "soon")
      LocalDate founded;

      @Attribute(defaultValue = "HUGE")
      Size size;

      @Attribute(defaultValue = "x")
      UUID code;

      @Attribute(defaultValue = "300")
      Byte small;

      @Attribute(defaultValue = "99999999999")
      Integer big;
    }
  }

  static class JoinKeyDefaultNotFitting {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(foreignKey = @ForeignKey(defaultValue = "abc"))
      List<Toot> toots;
    }

    @Model
    static class Toot {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  static class ColumnsUsedTwice {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @Attribute(columnName = "name")
      String first;

      @Attribute(columnName = "name")
      String last;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;
      String owner_id;
      @BelongsTo Person owner;

      @BelongsTo(foreignKey = @ForeignKey(value = "driverId", columnName = "ref"))
      Person driver;

      @BelongsTo(foreignKey = @ForeignKey(value = "keeperId", columnName = "ref"))
      Person keeper;
    }
  }

  static class AttributeAnnotationsOnAssociations {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;
      @NotNull @BelongsTo Person owner;

      @Attribute(columnName = "x")
      @PrimaryKey
      @BelongsTo
      Person driver;
    }
  }

  static class HasOneAndHasManySharingAnInverse {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(inverse = @Inverse("owner"))
      List<Car> cars;

      @HasOne(inverse = @Inverse("owner"))
      Car favourite;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  static class AttributeDefaultsNotFitting {
    @Model
    static class Team {
      @PrimaryKey @AutoIncrement Long id;

      @Attribute(defaultValue = "many")
      Integer members;

      @Attribute(defaultValue = "yes")
      Boolean active;

      @Attribute(defaultValue = "1.5")
      Long budget;
    }

    @Model
    static class Shirt {
      @PrimaryKey @AutoIncrement Long id;

      @Attribute(defaultValue = "cheap")
      java.math.BigDecimal price;
    }
  }

  static class ForeignKeyDefaultNotFitting {
    @Model
    static class Team {
      @PrimaryKey @AutoIncrement Long id;
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

  static class CompositeKeyTooFewColumns {
    @Model
    static class Order {
      @PrimaryKey Long id;
      @PrimaryKey Integer version;
    }

    @Model
    static class OrderLine {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(foreignKey = @ForeignKey("orderId"))
      Order order;
    }
  }

  static class CompositeKeyTooManyColumns {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(foreignKey = {@ForeignKey("ownerId"), @ForeignKey("ownerVersion")})
      Person owner;
    }
  }

  static class CompositeKeyColumnsDisagree {
    @Model
    static class Order {
      @PrimaryKey Long id;
      @PrimaryKey Integer version;
    }

    @Model
    static class OrderLine {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(
          foreignKey = {
            @ForeignKey(value = "orderId", onDelete = ReferentialAction.CASCADE),
            @ForeignKey(value = "orderVersion", onDelete = ReferentialAction.RESTRICT)
          })
      Order order;

      @BelongsTo(foreignKey = {@ForeignKey("sourceId"), @ForeignKey("sourceId")})
      Order source;
    }
  }

  static class UnknownKeyAttributes {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      String name;

      @HasMany(sourceKey = "code")
      List<Car> cars;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(targetKey = "email")
      Person driver;

      @BelongsTo(foreignKey = @ForeignKey(value = "ownerRef", references = "uuid"))
      Person owner;
    }
  }

  static class UnregisteredTargets {
    static class Pet {
      Long id;
    }

    @Model
    static class Profile {
      @PrimaryKey Long id;
    }

    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      @HasMany List<Pet> pets;
      @HasOne Profile profile;
    }
  }

  static class WrongFieldShapes {
    @Model
    static class Tag {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      @BelongsToMany Tag tag;
      @HasOne List<Car> favourite;
      @HasMany Car cars;
    }
  }

  static class UnknownTargetType {
    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @SuppressWarnings("rawtypes")
      @HasMany
      List things;

      @HasOne(target = Car.class)
      Person spouse;
    }
  }

  static class UnsupportedAttributeTypes {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      Map<String, String> settings;
      Date born;
      StringBuilder notes;
    }
  }

  static class NoPrimaryKey {
    @Model
    static class Tag {
      String label;
    }

    @Model
    static class Note {
      String text;
      @AutoIncrement Long sequence;
    }
  }

  static class GeneratedKeyProblems {
    @Model
    static class Ticket {
      @PrimaryKey
      @AutoIncrement
      @Attribute(defaultValue = "1")
      Long id;

      @AutoIncrement String code;
    }
  }

  static class SameTableTwice {
    @Model(table = "people")
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model(table = "people")
    static class Member {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  static class JoinTableIsAModelTable {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(through = @Through("groups"))
      List<Group> groups;
    }

    @Model
    static class Group {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  static class SharedKeyDifferentActions {
    @Model
    static class Team {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Coach {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(foreignKey = @ForeignKey("teamId"))
      Team team;

      @BelongsTo(foreignKey = @ForeignKey(value = "teamId", onDelete = ReferentialAction.CASCADE))
      Team employer;
    }
  }

  static class ConflictingDefaultInverses {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(foreignKey = @ForeignKey("authorId"))
      List<Post> authored;

      @HasMany(foreignKey = @ForeignKey("editorId"))
      List<Post> edited;
    }

    @Model
    static class Post {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  static class ConflictingNamedInverse {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(inverse = @Inverse("writer"))
      List<Post> posts;
    }

    @Model
    static class Post {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(foreignKey = @ForeignKey("authorId"))
      Person writer;
    }
  }

  static class SetDefaultOnMariaDb {
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

      @BelongsTo(
          foreignKey = @ForeignKey(onUpdate = ReferentialAction.SET_DEFAULT, defaultValue = "0"))
      Person driver;
    }
  }

  static class ConfiguredSetDefault {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;
      @BelongsTo Person driver;
    }
  }

  static class InverseTypeProblems {
    @Model
    static class Team {
      @PrimaryKey @AutoIncrement Long id;

      @HasMany(inverse = @Inverse(value = "club", type = Inverse.Type.HAS_ONE))
      List<Coach> coaches;
    }

    @Model
    static class Coach {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Player {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(inverse = @Inverse("players"))
      Team team;

      @BelongsTo(inverse = @Inverse(type = Inverse.Type.HAS_MANY))
      Team formerTeam;
    }
  }

  static class NameCollisions {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @HasOne(inverse = @Inverse("name"))
      DrivingLicense license;
    }

    @Model
    static class DrivingLicense {
      @PrimaryKey @AutoIncrement Long id;
      String name;

      @BelongsTo(foreignKey = @ForeignKey("issuer"))
      Person issuer;
    }
  }

  static class KeyReferencingTwoTables {
    @Model
    static class Post {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Video {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Comment {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(foreignKey = @ForeignKey("parentId"))
      Post post;

      @BelongsTo(foreignKey = @ForeignKey("parentId"))
      Video video;
    }
  }

  static class ForeignKeyOfWrongType {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;

      @Attribute(columnName = "owner")
      String ownerId;

      @BelongsTo Person owner;
    }
  }

  static class TwoAssociationAnnotations {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      @HasOne @BelongsTo Person partner;
    }
  }

  static class AliasesBothSet {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Car {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsTo(foreignKey = @ForeignKey(value = "ownerId", name = "holderId"))
      Person owner;

      @BelongsTo(inverse = @Inverse(value = "driven", as = "steered", type = Inverse.Type.HAS_MANY))
      Person driver;
    }
  }

  static class JoinModelProblems {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(through = @Through(model = Membership.class))
      List<Team> teams;

      @BelongsToMany(through = @Through(model = Enrolment.class))
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
      Long personId;
      String role;
    }

    @Model
    static class Enrolment {
      Long personId;
      Long clubId;
    }
  }

  static class JoinTableMismatch {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(through = @Through(value = "memberships", model = Membership.class))
      List<Team> teams;

      @BelongsToMany(foreignKey = @ForeignKey("memberId"), otherKey = @ForeignKey("memberId"))
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

    @Model(table = "team_members")
    static class Membership {
      @PrimaryKey @AutoIncrement Long id;
      Long personId;
      Long teamId;
    }
  }

  static class JoinKeyActions {
    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;

      @BelongsToMany(foreignKey = @ForeignKey(onDelete = ReferentialAction.SET_NULL))
      List<Toot> toots;

      @BelongsToMany(otherKey = @ForeignKey(onUpdate = ReferentialAction.SET_NULL))
      List<Tag> tags;
    }

    @Model
    static class Toot {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Tag {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  static class DefaultJoinTableTaken {
    @Model(table = "people_toots")
    static class Repost {
      @PrimaryKey @AutoIncrement Long id;
    }

    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
      @BelongsToMany List<Toot> toots;
    }

    @Model
    static class Toot {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  static class NotAModel {
    static class Plain {
      Long id;
    }

    @Model
    static class Person {
      @PrimaryKey @AutoIncrement Long id;
    }
  }

  static Stream<BrokenSet> brokenSets() {
    return Stream.of(
        set(
            "duplicate association name",
            models(DuplicateAssociationName.Person.class, DuplicateAssociationName.Toot.class),
            at(
                "Person",
                "toots",
                "is declared twice, in Base and in Person",
                "remove or rename one of them")),
        set(
            "self-association without inverse",
            models(SelfWithoutInverse.Person.class),
            at(
                "Person",
                "friends",
                "a self-association needs a named inverse",
                "inverse = @Inverse(\"")),
        set(
            "self-association whose inverse has the field's own name",
            models(SelfInverseWithOwnName.Employee.class),
            at(
                "Employee",
                "reports",
                "the inverse has the same name as the association",
                "give the inverse another name")),
        set(
            "three self-association problems at once",
            models(SelfProblemsTogether.Node.class),
            at("Node", "children", "a self-association needs a named inverse", "name it"),
            at("Node", "next", "the inverse has the same name as the association", "@Inverse(\""),
            at("Node", "links", "the inverse has the same name as the association", "@Inverse(\"")),
        set(
            "inverse field of the wrong shape",
            models(InverseOfWrongShape.Person.class, InverseOfWrongShape.DrivingLicense.class),
            at(
                "DrivingLicense",
                "owner",
                "must be declared as Person, found List<Person>",
                "change the field type")),
        set(
            "inverse field of the wrong type",
            models(
                InverseOfWrongType.Person.class,
                InverseOfWrongType.Blog.class,
                InverseOfWrongType.Post.class),
            at(
                "Post",
                "author",
                "is the inverse of Person.posts and must be declared as Person, found Blog",
                "@Inverse on Person.posts")),
        set(
            "BelongsToMany inverse field not a collection",
            models(
                BelongsToManyInverseNotACollection.Student.class,
                BelongsToManyInverseNotACollection.Course.class),
            at(
                "Course",
                "students",
                "must be declared as List<Student>, found Student",
                "change the field type")),
        set(
            "unclaimed model-typed fields",
            models(UnclaimedModelFields.Person.class, UnclaimedModelFields.Car.class),
            at(
                "Car",
                "driver",
                "holds Person but is no association",
                "annotate it with @BelongsTo or @HasOne"),
            at(
                "Car",
                "passengers",
                "holds List<Person> but is no association",
                "@HasMany or @BelongsToMany")),
        set(
            "SET_NULL on a @NotNull key",
            models(SetNullOnNotNullKey.Person.class, SetNullOnNotNullKey.Car.class),
            at(
                "Car",
                "owner",
                "ON DELETE SET NULL on foreign key [ownerId], which is NOT NULL",
                "allow NULL")),
        set(
            "SET_NULL on a primitive key and on allowNull = false",
            models(
                SetNullOnPrimitiveAndAllowNullFalse.Person.class,
                SetNullOnPrimitiveAndAllowNullFalse.Car.class),
            at(
                "Car",
                "owner",
                "ON DELETE SET NULL on foreign key [ownerId], which is NOT NULL",
                "no primitive"),
            at(
                "Car",
                "driver",
                "ON UPDATE SET NULL on foreign key [driverId], which is NOT NULL",
                "onUpdate = CASCADE")),
        set(
            "SET_NULL on the NOT NULL key of a HasMany",
            models(HasManySetNullOnNotNull.Team.class, HasManySetNullOnNotNull.Player.class),
            at(
                "Team",
                "players",
                "ON DELETE SET NULL on foreign key [teamId], which is NOT NULL",
                "allowNull = true")),
        set(
            "SET_DEFAULT without a default value",
            models(SetDefaultWithoutDefault.Person.class, SetDefaultWithoutDefault.Car.class),
            at(
                "Car",
                "driver",
                "ON DELETE SET DEFAULT on foreign key [driverId], which has no default value",
                "add defaultValue to the @ForeignKey"),
            at(
                "Car",
                "owner",
                "ON UPDATE SET DEFAULT on foreign key [ownerId], which has no default value",
                "or set onUpdate to another action")),
        set(
            "default values that do not fit their types",
            models(AttributeDefaultsNotFitting.Team.class, AttributeDefaultsNotFitting.Shirt.class),
            at(
                "Team",
                "members",
                "default value 'many' does not fit its type Integer",
                "a whole number"),
            at(
                "Team",
                "active",
                "default value 'yes' does not fit its type Boolean",
                "true or false"),
            at(
                "Team",
                "budget",
                "default value '1.5' does not fit its type Long",
                "a whole number"),
            at(
                "Shirt",
                "price",
                "default value 'cheap' does not fit its type BigDecimal",
                "a number such as 0.5")),
        set(
            "dates, enums, UUIDs and out-of-range numbers as defaults",
            models(TemporalAndRangeDefaults.Club.class),
            at(
                "Club",
                "founded",
                "default value 'soon' does not fit its type LocalDate",
                "an ISO date such as 2024-01-31"),
            at("Club", "size", "default value 'HUGE' does not fit its type Size", "one of [S, L]"),
            at("Club", "code", "default value 'x' does not fit its type UUID", "a UUID such as"),
            at(
                "Club",
                "small",
                "default value '300' does not fit its type Byte",
                "from -128 to 127"),
            at(
                "Club",
                "big",
                "default value '99999999999' does not fit its type Integer",
                "fits an Integer")),
        set(
            "join table key default that does not fit its type",
            models(JoinKeyDefaultNotFitting.Person.class, JoinKeyDefaultNotFitting.Toot.class),
            at(
                "Person",
                "toots",
                "join table key 'personId': default value 'abc' does not fit its type Long",
                "a whole number")),
        set(
            "attribute annotations on association fields",
            models(
                AttributeAnnotationsOnAssociations.Person.class,
                AttributeAnnotationsOnAssociations.Car.class),
            at(
                "Car",
                "owner",
                "is an association but has @NotNull, which only attributes take",
                "@ForeignKey(columnName, allowNull, defaultValue)"),
            at(
                "Car",
                "driver",
                "is an association but has @PrimaryKey, @Attribute, which only attributes take",
                "remove @PrimaryKey, @Attribute")),
        set(
            "a HasOne and a HasMany sharing one inverse and key",
            models(
                HasOneAndHasManySharingAnInverse.Person.class,
                HasOneAndHasManySharingAnInverse.Car.class),
            at(
                "Person",
                "favourite",
                "shares its inverse Car.owner and its foreign key with Person.cars",
                "name the inverse of Person.favourite differently")),
        set(
            "one column for two attributes",
            models(ColumnsUsedTwice.Person.class, ColumnsUsedTwice.Car.class),
            at("Person", "last", "has the column 'name' of Person.first", "another column"),
            at(
                "Car",
                "ownerId",
                "has the column 'owner_id' of Car.owner_id",
                "@ForeignKey(columnName"),
            at("Car", "keeperId", "has the column 'ref' of Car.driverId", "@Attribute(columnName")),
        set(
            "foreign key default that does not fit its type",
            models(ForeignKeyDefaultNotFitting.Team.class, ForeignKeyDefaultNotFitting.Coach.class),
            at(
                "Coach",
                "teamId",
                "default value 'none' does not fit its type Long",
                "a whole number such as 0")),
        set(
            "composite foreign key with too few columns",
            models(
                CompositeKeyTooFewColumns.Order.class, CompositeKeyTooFewColumns.OrderLine.class),
            at(
                "OrderLine",
                "order",
                "foreign key has 1 column but the key of Order it references has 2 [id, version]",
                "@ForeignKey(\"orderId\"), @ForeignKey(\"orderVersion\")")),
        set(
            "foreign key with more columns than the key",
            models(CompositeKeyTooManyColumns.Person.class, CompositeKeyTooManyColumns.Car.class),
            at(
                "Car",
                "owner",
                "foreign key has 2 columns but the key of Person it references has 1 [id]",
                "give one @ForeignKey per key attribute")),
        set(
            "composite foreign key columns that disagree",
            models(
                CompositeKeyColumnsDisagree.Order.class,
                CompositeKeyColumnsDisagree.OrderLine.class),
            at(
                "OrderLine",
                "order",
                "give different onDelete actions (CASCADE, RESTRICT)",
                "on every @ForeignKey of the key"),
            at(
                "OrderLine",
                "source",
                "foreign key names the attribute 'sourceId' twice",
                "its own name")),
        set(
            "references, sourceKey and targetKey naming unknown attributes",
            models(UnknownKeyAttributes.Person.class, UnknownKeyAttributes.Car.class),
            at(
                "Person",
                "cars",
                "sourceKey 'code' is not an attribute of Person",
                "use one of [id, name]"),
            at(
                "Car",
                "driver",
                "targetKey 'email' is not an attribute of Person",
                "use one of [id, name]"),
            at(
                "Car",
                "owner",
                "references 'uuid' is not an attribute of Person",
                "use one of [id, name]")),
        set(
            "associations to unregistered classes",
            models(UnregisteredTargets.Person.class),
            at(
                "Person",
                "pets",
                "target Pet is not a registered model",
                "with @Model and add it to the registry"),
            at("Person", "profile", "target Profile is not a registered model", "to the registry")),
        set(
            "association annotations on fields of the wrong shape",
            models(
                WrongFieldShapes.Tag.class,
                WrongFieldShapes.Car.class,
                WrongFieldShapes.Person.class),
            at(
                "Person",
                "tag",
                "@BelongsToMany needs a List, Set or Collection field, found Tag",
                "declare it as List<Tag>"),
            at(
                "Person",
                "favourite",
                "@HasOne needs a single-valued field, found List<Car>",
                "declare it as Car"),
            at(
                "Person",
                "cars",
                "@HasMany needs a List, Set or Collection field, found Car",
                "declare it as List<Car>")),
        set(
            "target that cannot be told or does not fit",
            models(UnknownTargetType.Car.class, UnknownTargetType.Person.class),
            at(
                "Person",
                "things",
                "cannot tell the target model from List",
                "declare the element type"),
            at(
                "Person",
                "spouse",
                "target Car does not fit the field type Person",
                "make the field type and target agree")),
        set(
            "unsupported attribute types",
            models(UnsupportedAttributeTypes.Person.class),
            at(
                "Person",
                "settings",
                "type Map<String, String> cannot be stored in a column",
                "mark other fields transient"),
            at("Person", "born", "type Date cannot be stored in a column", "LocalDate"),
            at(
                "Person",
                "notes",
                "type StringBuilder cannot be stored in a column",
                "@BelongsToMany")),
        set(
            "models without primary key",
            models(NoPrimaryKey.Tag.class, NoPrimaryKey.Note.class),
            at("Tag", null, "has no primary key", "annotate its id field with @PrimaryKey"),
            at("Note", null, "has no primary key", "@AutoIncrement")),
        set(
            "generated key with a default, generated String",
            models(GeneratedKeyProblems.Ticket.class),
            at(
                "Ticket",
                "code",
                "@AutoIncrement on a String attribute",
                "declare it as Long, Integer or Short"),
            at(
                "Ticket",
                null,
                "2 attributes are @AutoIncrement",
                "keep @AutoIncrement on one attribute only"),
            at("Ticket", "id", "is @AutoIncrement and has a default value", "remove one of them")),
        set(
            "two models with the same table",
            models(SameTableTwice.Person.class, SameTableTwice.Member.class),
            at(
                "Member",
                null,
                "uses table 'people', already used by model Person",
                "@Model(table = \"...\")")),
        set(
            "join table named like a model's table",
            models(JoinTableIsAModelTable.Person.class, JoinTableIsAModelTable.Group.class),
            at(
                "Person",
                "groups",
                "join table 'groups' is already used by model Group",
                "through = @Through(\"...\")")),
        set(
            "two associations sharing one key with different actions",
            models(SharedKeyDifferentActions.Team.class, SharedKeyDifferentActions.Coach.class),
            at(
                "Coach",
                "employer",
                "shares the foreign key [teamId] of Coach.team but with ON DELETE CASCADE",
                "give both the same onDelete and onUpdate")),
        set(
            "conflicting default inverses",
            models(ConflictingDefaultInverses.Person.class, ConflictingDefaultInverses.Post.class),
            at("Person", "edited", "[authorId] vs [editorId]", "@Inverse")),
        set(
            "named inverse conflicting with a declared BelongsTo",
            models(ConflictingNamedInverse.Person.class, ConflictingNamedInverse.Post.class),
            at(
                "Post",
                "writer",
                "conflicts with the inverse 'writer' that Person.posts creates",
                "make the two declarations agree")),
        set(
            "SET DEFAULT on MariaDB",
            b -> b.dialect(new MariaDbDialect()),
            models(SetDefaultOnMariaDb.Person.class, SetDefaultOnMariaDb.Car.class),
            at(
                "Car",
                "owner",
                "ON DELETE SET DEFAULT is not supported by MariaDB",
                "set onDelete to an action MariaDB supports: CASCADE, RESTRICT, NO_ACTION, SET_NULL"),
            at(
                "Car",
                "driver",
                "ON UPDATE SET DEFAULT is not supported by MariaDB",
                "set onUpdate to an action MariaDB supports: CASCADE, RESTRICT, NO_ACTION, SET_NULL")),
        set(
            "configured SET DEFAULT without default values",
            b ->
                b.foreignKeyDefaults(
                    ForeignKeyDefaults.STANDARD.withOnDeleteWhenNullable(
                        ReferentialAction.SET_DEFAULT)),
            models(ConfiguredSetDefault.Person.class, ConfiguredSetDefault.Car.class),
            at(
                "Car",
                "driver",
                "ON DELETE SET DEFAULT on foreign key [driverId], which has no default value",
                "associations.foreign-keys.on-delete-when-nullable")),
        set(
            "inverse type problems",
            models(
                InverseTypeProblems.Team.class,
                InverseTypeProblems.Coach.class,
                InverseTypeProblems.Player.class),
            at(
                "Team",
                "coaches",
                "@Inverse(type = HAS_ONE) is only for @BelongsTo",
                "the inverse of @HasMany is always a BelongsTo"),
            at(
                "Player",
                "team",
                "the inverse 'players' has no type",
                "Inverse.Type.HAS_ONE or Inverse.Type.HAS_MANY"),
            at(
                "Player",
                "formerTeam",
                "the inverse of type HAS_MANY has no name",
                "inverse = @Inverse(value = \"...\"")),
        set(
            "names colliding with attributes",
            models(NameCollisions.Person.class, NameCollisions.DrivingLicense.class),
            at(
                "Person",
                "license",
                "its inverse 'name' has the same name as the attribute DrivingLicense.name",
                "name the inverse differently"),
            at(
                "DrivingLicense",
                "issuer",
                "same name as the foreign key attribute 'issuer'",
                "share one namespace")),
        set(
            "one key referencing two tables",
            models(
                KeyReferencingTwoTables.Post.class,
                KeyReferencingTwoTables.Video.class,
                KeyReferencingTwoTables.Comment.class),
            at(
                "Comment",
                "parentId",
                "is the foreign key of Comment.video to Video but already references Post",
                "foreignKeyConstraints = false")),
        set(
            "foreign key attribute of the wrong type",
            models(ForeignKeyOfWrongType.Person.class, ForeignKeyOfWrongType.Car.class),
            at(
                "Car",
                "ownerId",
                "is a String but, as foreign key of Car.owner, references Person.id of type Long",
                "declare it as Long")),
        set(
            "two association annotations on one field",
            models(TwoAssociationAnnotations.Person.class),
            at("Person", "partner", "has 2 association annotations", "keep exactly one of")),
        set(
            "aliases set together",
            models(AliasesBothSet.Person.class, AliasesBothSet.Car.class),
            at(
                "Car",
                "owner",
                "sets value = \"ownerId\" and name = \"holderId\"",
                "they are aliases"),
            at(
                "Car",
                "driver",
                "sets value = \"driven\" and as = \"steered\"",
                "set only one of them")),
        set(
            "join models missing a side or not registered",
            models(
                JoinModelProblems.Person.class,
                JoinModelProblems.Team.class,
                JoinModelProblems.Club.class,
                JoinModelProblems.Membership.class),
            at(
                "Person",
                "clubs",
                "join model Enrolment is not a registered model",
                "@Through(\"...\")"),
            at(
                "Membership",
                null,
                "join model of Person.teams has no attribute 'teamId' for the Team side",
                "declare a field Long teamId in Membership")),
        set(
            "join table and join model that disagree",
            models(
                JoinTableMismatch.Person.class,
                JoinTableMismatch.Team.class,
                JoinTableMismatch.Club.class,
                JoinTableMismatch.Membership.class),
            at(
                "Person",
                "teams",
                "@Through names table 'memberships' but join model Membership has table 'team_members'",
                "give either the model or the table name"),
            at(
                "Person",
                "clubs",
                "both join table keys use the attribute [memberId]",
                "otherKey = @ForeignKey(")),
        set(
            "SET_NULL on the always NOT NULL join table keys",
            models(
                JoinKeyActions.Person.class, JoinKeyActions.Toot.class, JoinKeyActions.Tag.class),
            at(
                "Person",
                "toots",
                "ON DELETE SET NULL on foreign key [personId], which is NOT NULL",
                "onDelete = CASCADE"),
            at(
                "Person",
                "tags",
                "ON UPDATE SET NULL on foreign key [tagId], which is NOT NULL",
                "onUpdate = CASCADE")),
        set(
            "default join table name taken by a model",
            models(
                DefaultJoinTableTaken.Repost.class,
                DefaultJoinTableTaken.Person.class,
                DefaultJoinTableTaken.Toot.class),
            at(
                "Person",
                "toots",
                "join table 'people_toots' is already used by model Repost",
                "through = @Through(\"...\")")),
        set(
            "class that is not a model",
            models(NotAModel.Plain.class, NotAModel.Person.class),
            at(
                "Plain",
                null,
                "is not annotated with @Model",
                "annotate " + NotAModel.Plain.class.getName() + " with @Model")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSets")
  void failsAtStartupWithEveryProblemNamed(BrokenSet set) {
    AtomicReference<AssociationRegistry> built = new AtomicReference<>();
    AssociationDefinitionException exception =
        catchThrowableOfType(
            () -> built.set(set.builder().build()), AssociationDefinitionException.class);

    assertThat(exception).as("%s must not build", set).isNotNull();
    assertThat(built.get()).as("no registry for %s", set).isNull();
    List<Problem> problems = exception.problems();
    assertThat(problems).as(exception.getMessage()).hasSize(set.expected().size());

    List<String> lines = exception.getMessage().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            problems.size()
                + (problems.size() == 1
                    ? " association definition problem:"
                    : " association definition problems:"));
    assertThat(lines).hasSize(problems.size() + 1);

    for (int i = 0; i < problems.size(); i++) {
      Problem problem = problems.get(i);
      Expected expected = set.expected().get(i);
      String line = lines.get(i + 1);
      Matcher matcher = LINE.matcher(line);

      assertThat(matcher.matches())
          .as("line %s has the form Model.field: problem — fix", line)
          .isTrue();
      assertThat(model(problem)).as(line).isEqualTo(expected.model()).isEqualTo(matcher.group(1));
      assertThat(field(problem)).as(line).isEqualTo(expected.field()).isEqualTo(matcher.group(2));
      assertThat(problem.problem())
          .as(line)
          .isNotBlank()
          .contains(expected.problem())
          .isEqualTo(matcher.group(3));
      assertThat(problem.fix())
          .as(line)
          .isNotBlank()
          .contains(expected.fix())
          .isEqualTo(matcher.group(4));
      assertThat(line).isEqualTo("  " + problem);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Whole messages of some of the sets
  // ---------------------------------------------------------------------------------------------

  @Test
  void sameAssociationNameDeclaredTwice() {
    Problem problem =
        single(DuplicateAssociationName.Person.class, DuplicateAssociationName.Toot.class);

    assertThat(problem.location()).isEqualTo("Person.toots");
    assertThat(problem.problem()).contains("declared twice", "Base", "Person");
    assertThat(problem.fix()).contains("rename");
  }

  @Test
  void twoHasManyWithDifferentKeysAndNoNamedInverses() {
    Problem problem =
        single(ConflictingDefaultInverses.Person.class, ConflictingDefaultInverses.Post.class);

    assertThat(problem.location()).isEqualTo("Person.edited");
    assertThat(problem.problem())
        .contains("Post.person", "Person.authored", "[authorId] vs [editorId]");
    assertThat(problem.fix()).contains("@Inverse");
  }

  @Test
  void targetKeyOrSourceKeyThatIsNotAnAttribute() {
    List<Problem> problems =
        problems(UnknownKeyAttributes.Person.class, UnknownKeyAttributes.Car.class);

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "Person.cars: sourceKey 'code' is not an attribute of Person — use one of [id, name]",
            "Car.driver: targetKey 'email' is not an attribute of Person — use one of [id, name]",
            "Car.owner: references 'uuid' is not an attribute of Person — use one of [id, name]");
  }

  @Test
  void compositeForeignKeyWithTheWrongNumberOfColumns() {
    Problem problem =
        single(CompositeKeyTooFewColumns.Order.class, CompositeKeyTooFewColumns.OrderLine.class);

    assertThat(problem.location()).isEqualTo("OrderLine.order");
    assertThat(problem.problem())
        .isEqualTo(
            "foreign key has 1 column but the key of Order it references has 2 [id, version]");
    assertThat(problem.fix()).contains("@ForeignKey(\"orderId\"), @ForeignKey(\"orderVersion\")");
  }

  @Test
  void attributeAndAssociationNameCollision() {
    List<Problem> problems =
        problems(NameCollisions.Person.class, NameCollisions.DrivingLicense.class);

    assertThat(problems)
        .extracting(Problem::location)
        .containsExactly("Person.license", "DrivingLicense.issuer");
    assertThat(problems.get(0).problem())
        .isEqualTo("its inverse 'name' has the same name as the attribute DrivingLicense.name");
    assertThat(problems.get(1).problem())
        .contains("same name as the foreign key attribute 'issuer'");
  }

  @Test
  void foreignKeyAttributeAlreadyReferencingAnotherTable() {
    Problem problem =
        single(
            KeyReferencingTwoTables.Post.class,
            KeyReferencingTwoTables.Video.class,
            KeyReferencingTwoTables.Comment.class);

    assertThat(problem.location()).isEqualTo("Comment.parentId");
    assertThat(problem.problem())
        .isEqualTo(
            "is the foreign key of Comment.video to Video but already references Post for Comment.post");
    assertThat(problem.fix()).contains("foreignKeyConstraints = false");
  }

  @Test
  void modelWithoutPrimaryKey() {
    assertThat(single(NoPrimaryKey.Tag.class))
        .hasToString(
            "Tag: has no primary key — annotate its id field "
                + "with @PrimaryKey (and @AutoIncrement to let the database generate it)");
  }

  @Test
  void twoAssociationsSharingOneKeyWithDifferentActions() {
    Problem problem =
        single(SharedKeyDifferentActions.Team.class, SharedKeyDifferentActions.Coach.class);

    assertThat(problem)
        .hasToString(
            "Coach.employer: shares the foreign key [teamId] of Coach.team but with "
                + "ON DELETE CASCADE / ON UPDATE CASCADE instead of SET_NULL / CASCADE — give both the same onDelete "
                + "and onUpdate, or give one of them another foreign key");
  }

  // ---------------------------------------------------------------------------------------------
  // None may start half-configured
  // ---------------------------------------------------------------------------------------------

  /** Valid models with nothing in common with the broken sets: they build on their own. */
  static class ValidModels {
    @Model
    static class Library {
      @PrimaryKey @AutoIncrement Long id;
      String name;

      @HasMany(inverse = @Inverse("library"))
      List<Shelf> shelves;
    }

    @Model
    static class Shelf {
      @PrimaryKey @AutoIncrement Long id;
      @NotNull Long libraryId;
      Library library;
      @HasMany List<Volume> volumes;
    }

    @Model
    static class Volume {
      @PrimaryKey @AutoIncrement Long id;
      String title;

      @BelongsToMany(inverse = @Inverse("volumes"))
      Set<Label> labels;
    }

    @Model
    static class Label {
      @PrimaryKey @AutoIncrement Long id;
      String text;
      List<Volume> volumes;
    }
  }

  private static final List<Class<?>> VALID_BEFORE =
      List.of(ValidModels.Library.class, ValidModels.Shelf.class);
  private static final List<Class<?>> VALID_AFTER =
      List.of(ValidModels.Volume.class, ValidModels.Label.class);
  private static final List<String> VALID_NAMES = List.of("Library", "Shelf", "Volume", "Label");

  static Stream<BrokenSet> mixedSets() {
    List<String> chosen =
        List.of(
            "self-association without inverse",
            "SET_NULL on a primitive key and on allowNull = false",
            "references, sourceKey and targetKey naming unknown attributes",
            "SET DEFAULT on MariaDB",
            "generated key with a default, generated String",
            "join models missing a side or not registered",
            "two models with the same table",
            "class that is not a model");
    List<BrokenSet> sets = brokenSets().filter(s -> chosen.contains(s.name())).toList();
    assertThat(sets).hasSameSizeAs(chosen);
    return sets.stream();
  }

  @Test
  void validModelsAloneBuild() {
    for (UnaryOperator<AssociationRegistry.Builder> settings :
        List.<UnaryOperator<AssociationRegistry.Builder>>of(
            UnaryOperator.identity(), b -> b.dialect(new MariaDbDialect()))) {
      List<Class<?>> valid = new ArrayList<>(VALID_BEFORE);
      valid.addAll(VALID_AFTER);
      AssociationRegistry registry =
          settings.apply(AssociationRegistry.builder()).addModels(valid).build();

      assertThat(registry.models()).hasSize(4);
      assertThat(registry.association(ValidModels.Shelf.class, "library")).isNotNull();
      assertThat(registry.joinTables()).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mixedSets")
  void validModelsDoNotMakeABrokenSetStart(BrokenSet set) {
    List<Problem> alone =
        assertThatExceptionOfType(AssociationDefinitionException.class)
            .isThrownBy(() -> set.builder().build())
            .actual()
            .problems();

    AtomicReference<AssociationRegistry> built = new AtomicReference<>();
    AssociationDefinitionException mixed =
        catchThrowableOfType(
            () ->
                built.set(
                    set.settings()
                        .apply(AssociationRegistry.builder())
                        .addModels(VALID_BEFORE)
                        .addModels(set.models())
                        .addModels(VALID_AFTER)
                        .build()),
            AssociationDefinitionException.class);

    assertThat(mixed).as("%s mixed with valid models must not build", set).isNotNull();
    assertThat(built.get()).isNull();
    assertThat(mixed.problems())
        .as(mixed.getMessage())
        .containsExactlyElementsOf(alone)
        .hasSize(set.expected().size());
    assertThat(mixed.problems())
        .extracting(BrokenDefinitionsTest::model)
        .doesNotContainAnyElementsOf(VALID_NAMES);
    assertThat(mixed.getMessage())
        .isEqualTo(new AssociationDefinitionException(alone).getMessage());
  }
}
