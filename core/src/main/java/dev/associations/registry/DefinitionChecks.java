package dev.associations.registry;

import dev.associations.internal.metadata.AttributeTypes;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;

/**
 * The checks of a definition once its associations and keys are resolved: each reads the drafts,
 * changes nothing, and reports what it finds to {@link DefinitionProblems}.
 */
final class DefinitionChecks {

  private final Collection<ModelDraft> models;
  private final DefinitionProblems problems;

  DefinitionChecks(Collection<ModelDraft> models, DefinitionProblems problems) {
    this.models = models;
    this.problems = problems;
  }

  /** Every model but a join model has a primary key. */
  void primaryKeys() {
    for (ModelDraft model : models) {
      if (model.primaryKey().isEmpty() && !model.joinModel) {
        problems.add(
            model.name,
            "has no primary key",
            "annotate its id field with @PrimaryKey (and @AutoIncrement to let the database generate it)");
      }
    }
  }

  /**
   * Default values fit their attributes' types (join table keys included), and generated values
   * have none.
   */
  void defaultValues(List<AssociationDraft> associations) {
    for (ModelDraft model : models) {
      model.attributes.values().forEach(a -> checkDefaultValue(model.at(a.name), "", a));
    }
    plainJoinTables(associations)
        .forEach(
            join ->
                join.columns
                    .values()
                    .forEach(
                        a ->
                            checkDefaultValue(
                                join.location, "join table key '" + a.name + "': ", a)));
  }

  /**
   * @param subject what the default belongs to, when the location does not say ({@code ""}
   *     otherwise)
   */
  private void checkDefaultValue(String location, String subject, AttributeDraft attribute) {
    if (attribute.autoIncrement && attribute.defaultValue != null) {
      problems.add(
          location,
          "is @AutoIncrement and has a default value",
          "remove one of them: the database generates the value");
      return;
    }
    String expected =
        attribute.defaultValue == null
            ? null
            : AttributeTypes.defaultValueMismatch(attribute.javaType, attribute.defaultValue);
    if (expected != null) {
      problems.add(
          location,
          subject
              + "default value '"
              + attribute.defaultValue
              + "' does not fit its type "
              + attribute.javaType.getSimpleName(),
          "write " + expected);
    }
  }

  /**
   * A join model's rows are written by its associations' add, set and create, which keep no version
   * and no times: {@code @Version}, {@code @CreatedDate} and {@code @LastModifiedDate} there are
   * reported.
   */
  void joinModelBookkeeping() {
    for (ModelDraft model : models) {
      if (!model.joinModel) {
        continue;
      }
      for (AttributeDraft attribute : model.attributes.values()) {
        for (Class<? extends Annotation> annotation :
            List.of(Version.class, CreatedDate.class, LastModifiedDate.class)) {
          if (attribute.field != null && attribute.field.isAnnotationPresent(annotation)) {
            problems.add(
                model.at(attribute.name),
                "@"
                    + annotation.getSimpleName()
                    + " on a join model, whose rows"
                    + " the BelongsToMany writes (add, set, create) without it",
                "remove it, or give "
                    + model.name
                    + " a primary key and HasMany / BelongsTo associations of its own");
          }
        }
      }
    }
  }

  /**
   * Every unannotated field of a model type became an association; the fields of failed
   * declarations are left out, their problem having been reported.
   */
  void unclaimedFields(BiPredicate<ModelDraft, String> failed) {
    for (ModelDraft model : models) {
      model.inverseFields.forEach(
          (name, field) -> {
            if (!failed.test(model, name)) {
              FieldShape shape = FieldShape.of(field);
              // an unannotated field is kept as an inverse only when it holds models, so its
              // element type is known
              Class<?> elementType = Objects.requireNonNull(shape.elementType(), name);
              problems.add(
                  model.at(name),
                  "holds " + FieldShape.describe(field) + " but is no association",
                  "annotate it with @"
                      + (shape.collection() ? "HasMany or @BelongsToMany" : "BelongsTo or @HasOne")
                      + ", or make it the inverse of an association on "
                      + elementType.getSimpleName()
                      + " with @Inverse(\""
                      + name
                      + "\")");
            }
          });
    }
  }

  /** No association has the name of an attribute of its model, foreign keys included. */
  void nameCollisions() {
    for (ModelDraft model : models) {
      for (AssociationDraft association : model.associations.values()) {
        AttributeDraft attribute = model.attributes.get(association.name);
        if (attribute != null) {
          problems.add(
              model.at(association.name),
              association.describe()
                  + " has the same name as the "
                  + (attribute.field == null ? "foreign key attribute" : "attribute")
                  + " '"
                  + association.name
                  + "'",
              "rename the association or name the foreign key differently: attributes and associations share one namespace");
        }
      }
    }
  }

  /**
   * Within a model, every column belongs to one attribute, foreign keys included (names compared
   * ignoring case).
   */
  void columnNames() {
    for (ModelDraft model : models) {
      Map<String, String> owners = new HashMap<>();
      for (AttributeDraft attribute : model.attributes.values()) {
        String earlier =
            owners.putIfAbsent(attribute.columnName.toLowerCase(Locale.ROOT), attribute.name);
        if (earlier != null) {
          problems.add(
              model.at(attribute.name),
              "has the column '" + attribute.columnName + "' of " + model.name + "." + earlier,
              "give one of them another column with @Attribute(columnName = \"...\") or @ForeignKey(columnName = \"...\")");
        }
      }
    }
  }

  /** Every table name is used once: by a model, or by the join table of one BelongsToMany pair. */
  void tableNames(List<AssociationDraft> associations) {
    Map<String, String> owners = new HashMap<>();
    for (ModelDraft model : models) {
      String earlier = owners.putIfAbsent(model.table, "model " + model.name);
      if (earlier != null) {
        problems.add(
            model.name,
            "uses table '" + model.table + "', already used by " + earlier,
            "give one of them another name with @Model(table = \"...\")");
      }
    }
    plainJoinTables(associations)
        .forEach(
            join -> {
              String earlier = owners.putIfAbsent(join.name, "the join table of " + join.location);
              if (earlier != null) {
                problems.add(
                    join.location,
                    "join table '" + join.name + "' is already used by " + earlier,
                    "give it another name with through = @Through(\"...\")");
              }
            });
  }

  /** The join tables without join model, each once. */
  private static Stream<JoinDraft> plainJoinTables(List<AssociationDraft> associations) {
    return associations.stream()
        .map(a -> a.through)
        .filter(j -> j != null && j.model == null)
        .distinct();
  }
}
