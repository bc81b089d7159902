package dev.associations.registry;

import dev.associations.annotation.Inverse;
import dev.associations.internal.naming.Inflector;
import dev.associations.internal.naming.Words;
import dev.associations.metadata.AssociationType;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The inverse side of associations: its name, given or by default, and the pairing of both sides. A
 * declaration is merged into an agreeing inverse created earlier; its own inverse is created on the
 * target, or paired with an agreeing association declared there. Disagreements are reported.
 */
final class Inverses {

  private final DefinitionProblems problems;
  private final List<String> warnings;

  Inverses(DefinitionProblems problems, List<String> warnings) {
    this.problems = problems;
    this.warnings = warnings;
  }

  /**
   * The inverse's name: the one given, or the default; {@code null} when none is created. Reports
   * the self-association and inverse-type rules.
   */
  @Nullable String name(
      ModelDraft source,
      ModelDraft target,
      AssociationDeclaration declaration,
      String given,
      String location) {
    Inverse.Type kind = declaration.inverse().type();
    if (declaration.type() == AssociationType.BELONGS_TO) {
      if (kind == Inverse.Type.DEFAULT && !given.isEmpty()) {
        problems.add(
            location,
            "the inverse '" + given + "' has no type",
            "add type = Inverse.Type.HAS_ONE or Inverse.Type.HAS_MANY to @Inverse, or remove the inverse");
        return null;
      }
      if (kind != Inverse.Type.DEFAULT && given.isEmpty()) {
        problems.add(
            location,
            "the inverse of type " + kind + " has no name",
            "name it: inverse = @Inverse(value = \"...\", type = Inverse.Type." + kind + ")");
        return null;
      }
      if (kind == Inverse.Type.DEFAULT) {
        return null;
      }
    } else if (kind != Inverse.Type.DEFAULT) {
      problems.add(
          location,
          "@Inverse(type = " + kind + ") is only for @BelongsTo",
          "remove type: the inverse of "
              + declaration.annotationName()
              + " is always a "
              + (declaration.type() == AssociationType.BELONGS_TO_MANY
                  ? "BelongsToMany"
                  : "BelongsTo"));
    }
    boolean self = source == target;
    if (self && given.isEmpty()) {
      problems.add(
          location,
          "a self-association needs a named inverse",
          "name it, e.g. inverse = @Inverse(\"" + suggestedInverse(declaration) + "\")");
      return null;
    }
    if (self && given.equals(declaration.name())) {
      problems.add(
          location,
          "the inverse has the same name as the association",
          "give the inverse another name, e.g. @Inverse(\""
              + suggestedInverse(declaration)
              + "\")");
      return null;
    }
    if (!given.isEmpty()) {
      return given;
    }
    return Words.lowerFirst(
        declaration.type() == AssociationType.BELONGS_TO_MANY ? source.plural : source.name);
  }

  private static String suggestedInverse(AssociationDeclaration declaration) {
    return switch (declaration.type()) {
      case BELONGS_TO_MANY -> "parents";
      case HAS_MANY, HAS_ONE -> "parent";
      case BELONGS_TO -> "children";
    };
  }

  /** Adds a declared association, or merges it into an agreeing inverse created earlier. */
  @Nullable AssociationDraft register(AssociationDraft draft) {
    AssociationDraft existing = draft.source.associations.get(draft.name);
    if (existing == null) {
      draft.source.associations.put(draft.name, draft);
      return draft;
    }
    String difference = existing.difference(draft);
    if (difference != null) {
      // a declared association's name is taken before its own declaration only by an inverse
      String creator =
          Objects.requireNonNull(existing.createdBy, "the creator of an inverse").location;
      problems.add(
          draft.location,
          "conflicts with the inverse '"
              + draft.name
              + "' that "
              + creator
              + " creates: "
              + difference,
          "make the two declarations agree, or give the inverse of "
              + creator
              + " another name with @Inverse");
      return null;
    }
    existing.merge(draft);
    existing.declared = true;
    existing.field = draft.field;
    existing.singular = draft.singular;
    existing.location = draft.location;
    return existing;
  }

  /**
   * Creates the inverse of {@code root} on its target, or pairs it with an agreeing association
   * there.
   */
  void link(AssociationDraft root, String name, Inverse options) {
    ModelDraft target = root.target;
    AssociationType type =
        switch (root.type) {
          case HAS_ONE, HAS_MANY -> AssociationType.BELONGS_TO;
          case BELONGS_TO ->
              options.type() == Inverse.Type.HAS_ONE
                  ? AssociationType.HAS_ONE
                  : AssociationType.HAS_MANY;
          case BELONGS_TO_MANY -> AssociationType.BELONGS_TO_MANY;
        };
    boolean manyToMany = type == AssociationType.BELONGS_TO_MANY;
    String singular =
        !options.singular().isEmpty()
            ? options.singular()
            : type.isMultiple() ? Inflector.singularize(name) : name;
    if (target.attributes.containsKey(name)) {
      problems.add(
          root.location,
          "its inverse '" + name + "' has the same name as the attribute " + target.at(name),
          "name the inverse differently with @Inverse(\"...\"), or rename the attribute");
      return;
    }
    AssociationDraft inverse =
        new AssociationDraft(
            type,
            target,
            name,
            singular,
            root.source,
            manyToMany ? root.requireOtherKey() : root.foreignKey,
            manyToMany ? root.foreignKey : null,
            root.through,
            null,
            target.at(name),
            root);
    inverse.scope = root.scope;
    AssociationDraft existing = target.associations.get(name);
    if (existing == null) {
      inverse.field = claimField(target, inverse, root);
      inverse.inverse = root.name;
      root.inverse = name;
      target.associations.put(name, inverse);
      return;
    }
    String difference = existing.difference(inverse);
    if (difference != null) {
      problems.add(
          root.location,
          "its inverse "
              + target.at(name)
              + " conflicts with "
              + existing.describe()
              + ": "
              + difference,
          "name the inverse of "
              + root.location
              + " with @Inverse(\"...\") so that each has its own");
      return;
    }
    existing.merge(inverse);
    root.foreignKey = manyToMany ? existing.requireOtherKey() : existing.foreignKey;
    root.otherKey = manyToMany ? existing.foreignKey : null;
    root.through = existing.through;
    root.inverse = name;
    if (existing.inverse == null) {
      existing.inverse = root.name;
    } else if (!existing.inverse.equals(root.name)) {
      AssociationDraft other = root.source.associations.get(existing.inverse);
      if (other != null && other.type != root.type) {
        problems.add(
            root.location,
            "shares its inverse "
                + target.at(name)
                + " and its foreign key with "
                + other.describe()
                + ", but one key cannot hold one "
                + target.name
                + " per "
                + root.source.name
                + " ("
                + AssociationType.HAS_ONE
                + ", unique) and many ("
                + AssociationType.HAS_MANY
                + ") at once",
            "name the inverse of "
                + root.location
                + " differently with @Inverse(\"...\") so that it has its own key");
        return;
      }
      warnings.add(
          root.location
              + " and "
              + root.source.at(existing.inverse)
              + " share one inverse, "
              + target.at(name)
              + ", and one foreign key "
              + existing.foreignKey.attributes()
              + ": they are the same relation. If they are different relations, name their inverses with @Inverse.");
    }
  }

  /** The unannotated field of the target that receives this inverse, checked for shape. */
  private @Nullable Field claimField(
      ModelDraft target, AssociationDraft inverse, AssociationDraft root) {
    Field field = target.inverseFields.remove(inverse.name);
    if (field != null
        && !FieldShape.of(field).fits(inverse.target.type, inverse.type.isMultiple())) {
      problems.add(
          inverse.location,
          "is the inverse of "
              + root.location
              + " and must be declared as "
              + FieldShape.expected(inverse.target.type, inverse.type.isMultiple())
              + ", found "
              + FieldShape.describe(field),
          "change the field type, or name the inverse differently with @Inverse on "
              + root.location);
      return null;
    }
    return field;
  }
}
