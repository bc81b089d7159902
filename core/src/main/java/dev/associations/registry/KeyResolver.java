package dev.associations.registry;

import dev.associations.annotation.ReferentialAction;
import dev.associations.dialect.Dialect;
import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.naming.NamingStrategy;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Settles every foreign key once all associations are known: adopts the attributes users declared,
 * adds the missing ones, and resolves and checks the referential actions.
 */
final class KeyResolver {

  private final NamingStrategy naming;
  private final ForeignKeyDefaults defaults;
  private final @Nullable Dialect dialect;
  private final DefinitionProblems problems;

  /**
   * Which key first claimed an attribute of a table, to catch one column referencing two tables.
   */
  private final Map<KeyHolder, Map<String, KeyDraft>> claims = new IdentityHashMap<>();

  KeyResolver(
      NamingStrategy naming,
      ForeignKeyDefaults defaults,
      @Nullable Dialect dialect,
      DefinitionProblems problems) {
    this.naming = naming;
    this.defaults = defaults;
    this.dialect = dialect;
    this.problems = problems;
  }

  void resolve(List<AssociationDraft> associations) {
    Set<KeyDraft> keys = distinctKeys(associations);
    keys.forEach(this::attach);
    associations.stream()
        .map(a -> a.through)
        .filter(j -> j != null && j.model != null && j.model.primaryKey().isEmpty())
        .distinct()
        .forEach(this::makePairThePrimaryKey);
    keys.forEach(this::resolveActions);
    checkKeysSharingColumns(keys);
  }

  /** Every key once, in the order associations were resolved. */
  static Set<KeyDraft> distinctKeys(List<AssociationDraft> associations) {
    Set<KeyDraft> keys = Collections.newSetFromMap(new LinkedHashMap<>());
    for (AssociationDraft association : associations) {
      keys.add(association.foreignKey);
      if (association.otherKey != null) {
        keys.add(association.otherKey);
      }
    }
    return keys;
  }

  private void attach(KeyDraft key) {
    boolean joinKey = key.join != null;
    Map<String, AttributeDraft> attributes = key.holder.attributes();
    Map<String, KeyDraft> claimed = claims.computeIfAbsent(key.holder, h -> new HashMap<>());
    for (KeyDraft.Column column : key.columns) {
      // the key factory checked that the referenced attributes exist
      AttributeDraft referenced =
          Objects.requireNonNull(
              key.referenced.attributes.get(column.referenced), column.referenced);
      AttributeDraft attribute = attributes.get(column.attribute);
      KeyDraft earlier = claimed.putIfAbsent(column.attribute, key);
      if (earlier != null && earlier != key) {
        checkSharedColumn(key, earlier, column);
      }
      if (attribute == null && key.join != null && key.join.model != null) {
        problems.add(
            key.join.model.name,
            "join model of "
                + key.location
                + " has no attribute '"
                + column.attribute
                + "' for the "
                + key.referenced.name
                + " side",
            "declare a field "
                + referenced.javaType.getSimpleName()
                + " "
                + column.attribute
                + " in "
                + key.join.model.type.getSimpleName()
                + ", or name the key after an existing field with "
                + "foreignKey/otherKey = @ForeignKey(\"...\")");
        continue;
      }
      if (attribute == null) {
        String columnName = column.columnName;
        attributes.put(
            column.attribute,
            new AttributeDraft(
                column.attribute,
                columnName != null ? columnName : naming.columnName(column.attribute),
                columnName != null,
                AttributeTypes.box(referenced.javaType),
                key.allowNull && !joinKey,
                column.defaultValue,
                joinKey,
                false,
                null)); // the two keys of a join table without join model are its primary key
        continue;
      }
      if (attribute.field != null && earlier == null) {
        adopt(key, column, attribute, referenced, joinKey);
      }
    }
  }

  /** A user-declared attribute is the key: its own settings win, the key's fill the gaps. */
  private void adopt(
      KeyDraft key,
      KeyDraft.Column column,
      AttributeDraft attribute,
      AttributeDraft referenced,
      boolean joinKey) {
    if (!AttributeTypes.box(attribute.javaType).equals(AttributeTypes.box(referenced.javaType))) {
      problems.add(
          key.holder.at(attribute.name),
          "is a "
              + attribute.javaType.getSimpleName()
              + " but, as foreign key of "
              + key.location
              + ", references "
              + key.referenced.at(referenced.name)
              + " of type "
              + referenced.javaType.getSimpleName(),
          "declare it as " + referenced.javaType.getSimpleName());
    }
    if (!attribute.explicitColumnName && column.columnName != null) {
      attribute.columnName = column.columnName;
    }
    if (attribute.defaultValue == null) {
      attribute.defaultValue = column.defaultValue;
    }
    attribute.nullable &= key.allowNull && !joinKey;
  }

  private void checkSharedColumn(KeyDraft key, KeyDraft earlier, KeyDraft.Column column) {
    KeyDraft.Column earlierColumn =
        earlier.columns.stream()
            .filter(c -> c.attribute.equals(column.attribute))
            .findFirst()
            .orElseThrow();
    boolean sameTarget =
        earlier.referenced == key.referenced && earlierColumn.referenced.equals(column.referenced);
    if (!sameTarget && (key.constrained || earlier.constrained)) {
      problems.add(
          key.holder.at(column.attribute),
          "is the foreign key of "
              + key.location
              + " to "
              + key.referenced.name
              + " but already references "
              + earlier.referenced.name
              + " for "
              + earlier.location,
          "give one of them another foreign key name, or set foreignKeyConstraints = false on both "
              + "for a polymorphic association, telling their rows apart with @AssociationScope");
    }
  }

  private void makePairThePrimaryKey(JoinDraft join) {
    ModelDraft model =
        Objects.requireNonNull(join.model, "a join model"); // the caller picks join tables with one
    model.keyedByLinks = true;
    model.attributes.values().stream()
        .filter(a -> claims.getOrDefault(model, Map.of()).containsKey(a.name))
        .forEach(a -> a.primaryKey = true);
  }

  /** Two associations may share one key only when they agree on what the database does with it. */
  private void checkKeysSharingColumns(Set<KeyDraft> keys) {
    Map<KeyHolder, Map<List<String>, KeyDraft>> byHolder = new IdentityHashMap<>();
    for (KeyDraft key : keys) {
      KeyDraft earlier =
          byHolder
              .computeIfAbsent(key.holder, h -> new HashMap<>())
              .putIfAbsent(key.attributes(), key);
      if (earlier != null
          && earlier.referenced == key.referenced
          && key.constrained
          && (earlier.onDelete != key.onDelete || earlier.onUpdate != key.onUpdate)) {
        problems.add(
            key.location,
            "shares the foreign key "
                + key.attributes()
                + " of "
                + earlier.location
                + " but with ON DELETE "
                + key.onDelete
                + " / ON UPDATE "
                + key.onUpdate
                + " instead of "
                + earlier.onDelete
                + " / "
                + earlier.onUpdate,
            "give both the same onDelete and onUpdate, or give one of them another foreign key");
      }
    }
  }

  private void resolveActions(KeyDraft key) {
    Map<String, AttributeDraft> attributes = key.holder.attributes();
    List<AttributeDraft> columns =
        key.columns.stream()
            .map(c -> attributes.get(c.attribute))
            .filter(Objects::nonNull)
            .toList();
    if (columns.size() != key.columns.size()) {
      return;
    }
    boolean nullable = columns.stream().allMatch(a -> a.nullable && !a.primaryKey);
    key.onDelete =
        resolve(
            key,
            "ON DELETE",
            key.onDelete,
            defaults.onDelete(nullable),
            nullable ? "on-delete-when-nullable" : "on-delete-when-not-null",
            nullable,
            columns);
    key.onUpdate =
        resolve(
            key, "ON UPDATE", key.onUpdate, defaults.onUpdate(), "on-update", nullable, columns);
  }

  private ReferentialAction resolve(
      KeyDraft key,
      String clause,
      ReferentialAction given,
      ReferentialAction fallback,
      String property,
      boolean nullable,
      List<AttributeDraft> columns) {
    boolean explicit = given != ReferentialAction.DEFAULT;
    ReferentialAction action = explicit ? given : fallback;
    Function<String, String> fix =
        explicit
            ? f -> f
            : f ->
                f
                    + ", or change associations.foreign-keys."
                    + property
                    + ", which this key takes its action from";
    String option = clause.equals("ON DELETE") ? "onDelete" : "onUpdate";
    List<String> names = key.attributes();
    if (action == ReferentialAction.SET_NULL && !nullable) {
      problems.add(
          key.location,
          clause + " SET NULL on foreign key " + names + ", which is NOT NULL",
          fix.apply(
              "allow NULL (no @NotNull, no primitive, allowNull = true) or set "
                  + option
                  + " = CASCADE, RESTRICT or NO_ACTION"));
    }
    if (action == ReferentialAction.SET_DEFAULT
        && columns.stream().anyMatch(a -> a.defaultValue == null)) {
      problems.add(
          key.location,
          clause + " SET DEFAULT on foreign key " + names + ", which has no default value",
          fix.apply(
              "add defaultValue to the @ForeignKey (or to the key's @Attribute), or set "
                  + option
                  + " to another action"));
    }
    if (dialect != null && key.constrained && !dialect.supports(action)) {
      problems.add(
          key.location,
          clause + " " + action.sql() + " is not supported by " + dialect.name(),
          fix.apply(
              "set "
                  + option
                  + " to an action "
                  + dialect.name()
                  + " supports: "
                  + dialect.supportedActions().stream()
                      .map(ReferentialAction::name)
                      .collect(Collectors.joining(", "))));
    }
    return action;
  }
}
