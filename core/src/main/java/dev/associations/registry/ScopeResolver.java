package dev.associations.registry;

import dev.associations.annotation.AssociationScope;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;

/**
 * The {@code @AssociationScope} values of associations: read from each declaration, then, once the
 * keys are settled, checked against the model holding the foreign key and converted to the types of
 * their attributes.
 */
final class ScopeResolver {

  private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

  private final DefinitionProblems problems;

  ScopeResolver(DefinitionProblems problems) {
    this.problems = problems;
  }

  /**
   * The {@code @AssociationScope} values of a declaration; an attribute named twice is reported.
   */
  ScopeDraft read(AssociationDeclaration declaration, String location) {
    Map<String, String> written = new LinkedHashMap<>();
    for (AssociationScope scope : declaration.scope()) {
      String earlier = written.putIfAbsent(scope.attribute(), scope.value());
      if (earlier != null) {
        problems.add(
            location,
            "@AssociationScope gives "
                + scope.attribute()
                + " twice ('"
                + earlier
                + "' and '"
                + scope.value()
                + "')",
            "keep one value per attribute: rows cannot have both");
      }
    }
    return written.isEmpty() ? ScopeDraft.NONE : new ScopeDraft(written);
  }

  /**
   * Checks each scope against the model holding its association's foreign key (the join model of a
   * BelongsToMany) and converts its values to their attributes' types.
   */
  void resolve(List<AssociationDraft> associations) {
    Set<ScopeDraft> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<ModelDraft, Set<String>> keyedScopes = new HashMap<>();
    for (AssociationDraft association : associations) {
      ScopeDraft scope = association.scope;
      if (scope.isEmpty() || !checked.add(scope)) {
        continue;
      }
      if (!(association.foreignKey.holder instanceof ModelDraft holder)) {
        problems.add(
            association.location,
            "has @AssociationScope, but its join table "
                + association.foreignKey.holder.table()
                + " has only its two keys",
            "give it a join model declaring the scope's attributes: through = @Through(model = ...)");
        continue;
      }
      Set<String> keys = new HashSet<>(association.foreignKey.attributes());
      if (association.otherKey != null) {
        keys.addAll(association.otherKey.attributes());
      }
      scope.written.forEach(
          (name, text) -> {
            AttributeDraft attribute = holder.attributes.get(name);
            if (attribute == null) {
              problems.add(
                  association.location,
                  "@AssociationScope names '" + name + "', which " + holder.name + " has not",
                  "name an attribute of "
                      + holder.name
                      + ", which holds the foreign key: "
                      + holder.attributeNames());
            } else if (keys.contains(name) || attribute.primaryKey && !holder.keyedByLinks) {
              problems.add(
                  association.location,
                  "@AssociationScope names "
                      + holder.at(name)
                      + ", which is part of "
                      + (keys.contains(name) ? "the foreign key" : "the primary key"),
                  "scope by an attribute of its own");
            } else {
              Object value = convert(text, attribute.javaType);
              if (value == null) {
                problems.add(
                    association.location,
                    "@AssociationScope value '"
                        + text
                        + "' of "
                        + holder.at(name)
                        + " does not convert to "
                        + attribute.javaType.getSimpleName(),
                    "write a value of that type");
                return;
              }
              scope.values.put(name, value);
              if (holder
                  .keyedByLinks) { // a join model keyed by its links keeps one link per scope too
                attribute.primaryKey = true;
                keyedScopes.computeIfAbsent(holder, h -> new HashSet<>()).add(name);
              }
            }
          });
    }
    checkScopedJoinKeys(associations, keyedScopes);
  }

  /**
   * The written value converted to the attribute's type, or {@code null} when it does not convert.
   */
  private static @Nullable Object convert(String text, Class<?> type) {
    try {
      return CONVERSIONS.convert(text, type);
    } catch (ConversionException e) {
      return null;
    }
  }

  /**
   * A join model whose primary key a scope joined must be scoped by every association through it: a
   * link without the attribute would have no value for its primary key.
   */
  private void checkScopedJoinKeys(
      List<AssociationDraft> associations, Map<ModelDraft, Set<String>> keyedScopes) {
    for (AssociationDraft association : associations) {
      ModelDraft joinModel = association.through == null ? null : association.through.model;
      Set<String> missing =
          new TreeSet<>(
              joinModel == null ? Set.of() : keyedScopes.getOrDefault(joinModel, Set.of()));
      missing.removeAll(association.scope.written.keySet());
      if (joinModel != null && !missing.isEmpty() && association.createdBy == null) {
        problems.add(
            association.location,
            "goes through "
                + joinModel.name
                + ", whose primary key"
                + " includes the scope attributes "
                + missing
                + " of other associations through it",
            "give it an @AssociationScope on " + String.join(", ", missing) + " too");
      }
    }
  }
}
