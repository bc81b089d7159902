package dev.associations.registry;

import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.ReferentialAction;
import dev.associations.internal.naming.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns {@code @ForeignKey} elements and key options into a {@link KeyDraft}, reporting what is
 * wrong.
 */
final class KeyFactory {

  private final DefinitionProblems problems;
  private final boolean constraintsEnabled;

  KeyFactory(DefinitionProblems problems, boolean constraintsEnabled) {
    this.problems = problems;
    this.constraintsEnabled = constraintsEnabled;
  }

  /**
   * What a key is made from.
   *
   * @param location the declaring field, where problems are reported
   * @param holder where the key columns live
   * @param join the join table whose key this is (a BelongsToMany's), or {@code null}
   * @param referenced the model the key references
   * @param elements the {@code @ForeignKey} elements, one per column, or none
   * @param keyOption the option naming the referenced attributes ({@code targetKey}, {@code
   *     sourceKey}), for messages
   * @param keyAttributes the attributes {@code keyOption} names; empty for the referenced primary
   *     key
   * @param namePrefix what the attribute name of a column given no name starts with, before the
   *     referenced attribute
   * @param constrained the {@code foreignKeyConstraints} option
   */
  record Spec(
      String location,
      KeyHolder holder,
      @Nullable JoinDraft join,
      ModelDraft referenced,
      List<ForeignKey> elements,
      String keyOption,
      List<String> keyAttributes,
      String namePrefix,
      boolean constrained) {

    /** The attribute name of a column given no name. */
    String defaultName(String referencedAttribute) {
      return Words.camelCase(namePrefix, referencedAttribute);
    }
  }

  /** The key, or {@code null} when a problem was reported (or the referenced model has no key). */
  @Nullable KeyDraft create(Spec spec) {
    String location = spec.location();
    ModelDraft referenced = spec.referenced();
    List<ForeignKey> elements = spec.elements();
    List<String> keyAttributes = spec.keyAttributes();
    int before = problems.count();
    List<String> referencedKey =
        keyAttributes.isEmpty()
            ? referenced.primaryKey().stream().map(a -> a.name).toList()
            : keyAttributes;
    for (String attribute : keyAttributes) {
      requireAttribute(location, referenced, spec.keyOption() + " '" + attribute + "'", attribute);
    }
    if (referencedKey.isEmpty()) {
      return null;
    }
    if (!elements.isEmpty() && elements.size() != referencedKey.size()) {
      problems.add(
          location,
          "foreign key has "
              + elements.size()
              + " column"
              + (elements.size() == 1 ? "" : "s")
              + " but the key of "
              + referenced.name
              + " it references has "
              + referencedKey.size()
              + " "
              + referencedKey,
          "give one @ForeignKey per key attribute, e.g. foreignKey = {"
              + String.join(
                  ", ",
                  referencedKey.stream()
                      .map(k -> "@ForeignKey(\"" + spec.defaultName(k) + "\")")
                      .toList())
              + "}");
      return null;
    }
    List<KeyDraft.Column> columns = new ArrayList<>();
    Set<String> names = new HashSet<>();
    boolean allowNull = true;
    ReferentialAction onDelete = ReferentialAction.DEFAULT;
    ReferentialAction onUpdate = ReferentialAction.DEFAULT;
    for (int i = 0; i < referencedKey.size(); i++) {
      ForeignKey element = elements.isEmpty() ? null : elements.get(i);
      String name =
          element == null
              ? ""
              : Aliases.pick(
                  problems,
                  location,
                  "@ForeignKey",
                  "value",
                  element.value(),
                  "name",
                  element.name());
      String attribute = name.isEmpty() ? spec.defaultName(referencedKey.get(i)) : name;
      String target =
          element == null || element.references().isEmpty()
              ? referencedKey.get(i)
              : element.references();
      if (element != null && !element.references().isEmpty()) {
        requireAttribute(location, referenced, "references '" + target + "'", target);
      }
      if (!names.add(attribute)) {
        problems.add(
            location,
            "foreign key names the attribute '" + attribute + "' twice",
            "give each column of a composite key its own name");
      }
      columns.add(
          new KeyDraft.Column(
              attribute,
              target,
              emptyToNull(element == null ? "" : element.columnName()),
              emptyToNull(element == null ? "" : element.defaultValue())));
      if (element != null) {
        allowNull &= element.allowNull();
        onDelete = agree(location, "onDelete", onDelete, element.onDelete());
        onUpdate = agree(location, "onUpdate", onUpdate, element.onUpdate());
      }
    }
    if (problems.count() > before) {
      return null;
    }
    return new KeyDraft(
        location,
        spec.holder(),
        spec.join(),
        referenced,
        columns,
        allowNull,
        onDelete,
        onUpdate,
        spec.constrained() && constraintsEnabled);
  }

  private void requireAttribute(String location, ModelDraft model, String what, String attribute) {
    if (!model.attributes.containsKey(attribute)) {
      problems.add(
          location,
          what + " is not an attribute of " + model.name,
          "use one of " + model.attributeNames());
    }
  }

  private ReferentialAction agree(
      String location, String option, ReferentialAction so, ReferentialAction next) {
    if (so != ReferentialAction.DEFAULT && next != ReferentialAction.DEFAULT && so != next) {
      problems.add(
          location,
          "the columns of one composite foreign key give different "
              + option
              + " actions ("
              + so
              + ", "
              + next
              + ")",
          "set the same " + option + " on every @ForeignKey of the key");
      return so;
    }
    return next == ReferentialAction.DEFAULT ? so : next;
  }

  private static @Nullable String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
