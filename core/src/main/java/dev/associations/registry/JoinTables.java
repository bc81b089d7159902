package dev.associations.registry;

import dev.associations.annotation.Through;
import dev.associations.naming.NamingStrategy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The join tables of BelongsToMany associations: the join model or table {@code @Through} names, or
 * the default table; and, once every association is known, the fields receiving join rows.
 */
final class JoinTables {

  private final NamingStrategy naming;
  private final Map<Class<?>, ModelDraft> models;
  private final DefinitionProblems problems;

  JoinTables(NamingStrategy naming, Map<Class<?>, ModelDraft> models, DefinitionProblems problems) {
    this.naming = naming;
    this.models = models;
    this.problems = problems;
  }

  /** The join table of a BelongsToMany declaration; {@code null} when a problem was reported. */
  @Nullable JoinDraft join(
      ModelDraft source, ModelDraft target, AssociationDeclaration declaration, String location) {
    Through through = Objects.requireNonNull(declaration.through(), "a BelongsToMany has @Through");
    String table =
        Aliases.pick(
            problems, location, "@Through", "value", through.value(), "table", through.table());
    if (through.model() != void.class) {
      ModelDraft model = models.get(through.model());
      if (model == null) {
        problems.add(
            location,
            "join model " + through.model().getSimpleName() + " is not a registered model",
            "annotate it with @Model and add it to the registry, or give a table name: @Through(\"...\")");
        return null;
      }
      if (!table.isEmpty() && !table.equals(model.table)) {
        problems.add(
            location,
            "@Through names table '"
                + table
                + "' but join model "
                + model.name
                + " has table '"
                + model.table
                + "'",
            "give either the model or the table name");
        return null;
      }
      model.joinModel = true;
      return new JoinDraft(model.table, model, true, location);
    }
    if (!table.isEmpty()) {
      return new JoinDraft(table, null, true, location);
    }
    String name =
        source == target
            ? source.table + "_" + naming.columnName(declaration.name())
            : Stream.of(source.table, target.table)
                .sorted()
                .reduce((a, b) -> a + "_" + b)
                .orElseThrow();
    return new JoinDraft(name, null, false, location);
  }

  /**
   * Gives each BelongsToMany through a join model the target's unannotated field of the join
   * model's type, if any, to receive the join row of each target it loads. The two sides of a
   * self-association share one such field.
   */
  void claimJoinRowFields(List<AssociationDraft> associations) {
    Map<ModelDraft, Set<String>> claimed = new HashMap<>();
    for (AssociationDraft association : associations) {
      if (association.through == null || association.through.model == null) {
        continue;
      }
      Class<?> joinModel = association.through.model.type;
      association.target.inverseFields.forEach(
          (name, field) -> {
            if (field.getType() == joinModel) {
              association.joinRowField = field;
              claimed.computeIfAbsent(association.target, t -> new HashSet<>()).add(name);
            }
          });
    }
    claimed.forEach((model, names) -> names.forEach(model.inverseFields::remove));
  }
}
