package dev.associations.registry;

import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.ReferentialAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Turns {@code @ForeignKey} elements and key options into a {@link KeyDraft}, reporting what is wrong. */
final class KeyFactory {

  private final DefinitionProblems problems;
  private final boolean constraintsEnabled;

  KeyFactory(DefinitionProblems problems, boolean constraintsEnabled) {
    this.problems = problems;
    this.constraintsEnabled = constraintsEnabled;
  }

  /**
   * A key held by {@code holder} (one of the two keys of {@code join}, if given) referencing {@code referenced}.
   *
   * @param keyOption the option naming the referenced attributes ({@code targetKey}, {@code sourceKey})
   * @param defaultName the attribute name of a column given no name, from the referenced attribute
   * @return the key, or {@code null} when a problem was reported (or the referenced model has no key)
   */
  KeyDraft create(String location, KeyHolder holder, JoinDraft join, ModelDraft referenced,
      List<ForeignKey> elements, List<String> keyAttributes, String keyOption,
      UnaryOperator<String> defaultName, boolean constrained) {
    int before = problems.count();
    List<String> referencedKey = keyAttributes.isEmpty()
        ? referenced.primaryKey().stream().map(a -> a.name).toList() : keyAttributes;
    for (String attribute : keyAttributes) {
      requireAttribute(location, referenced, keyOption + " '" + attribute + "'", attribute);
    }
    if (referencedKey.isEmpty()) {
      return null;
    }
    if (!elements.isEmpty() && elements.size() != referencedKey.size()) {
      problems.add(location, "foreign key has " + elements.size() + " column"
              + (elements.size() == 1 ? "" : "s") + " but the key of " + referenced.name + " it references has "
              + referencedKey.size() + " " + referencedKey,
          "give one @ForeignKey per key attribute, e.g. foreignKey = {"
              + String.join(", ", referencedKey.stream().map(k -> "@ForeignKey(\"" + defaultName.apply(k) + "\")").toList())
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
      String name = element == null ? "" : Aliases.pick(problems, location, "@ForeignKey", "value", element.value(), "name", element.name());
      String attribute = name.isEmpty() ? defaultName.apply(referencedKey.get(i)) : name;
      String target = element == null || element.references().isEmpty() ? referencedKey.get(i) : element.references();
      if (element != null && !element.references().isEmpty()) {
        requireAttribute(location, referenced, "references '" + target + "'", target);
      }
      if (!names.add(attribute)) {
        problems.add(location, "foreign key names the attribute '" + attribute + "' twice",
            "give each column of a composite key its own name");
      }
      columns.add(new KeyDraft.Column(attribute, target, emptyToNull(element == null ? "" : element.columnName()),
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
    return new KeyDraft(location, holder, join, referenced, columns, allowNull, onDelete, onUpdate,
        constrained && constraintsEnabled);
  }

  private void requireAttribute(String location, ModelDraft model, String what, String attribute) {
    if (!model.attributes.containsKey(attribute)) {
      problems.add(location, what + " is not an attribute of " + model.name,
          "use one of " + model.attributeNames());
    }
  }

  private ReferentialAction agree(String location, String option, ReferentialAction so, ReferentialAction next) {
    if (so != ReferentialAction.DEFAULT && next != ReferentialAction.DEFAULT && so != next) {
      problems.add(location, "the columns of one composite foreign key give different " + option
          + " actions (" + so + ", " + next + ")", "set the same " + option + " on every @ForeignKey of the key");
      return so;
    }
    return next == ReferentialAction.DEFAULT ? so : next;
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
