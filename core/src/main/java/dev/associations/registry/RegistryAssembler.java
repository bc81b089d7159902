package dev.associations.registry;

import dev.associations.dialect.Dialect;
import dev.associations.internal.naming.ConstraintNames;
import dev.associations.metadata.Association;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.KeyColumn;
import dev.associations.metadata.ModelMetadata;
import dev.associations.metadata.ScopeValue;
import dev.associations.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Freezes the resolved drafts into the immutable metadata of an {@link AssociationRegistry}. */
final class RegistryAssembler {

  private final NamingStrategy naming;
  private final ForeignKeyDefaults defaults;
  private final @Nullable Dialect dialect;
  private final List<String> warnings;
  private final Map<ModelDraft, ModelMetadata> models = new IdentityHashMap<>();
  private final Map<AttributeDraft, AttributeMetadata> attributes = new IdentityHashMap<>();
  private final Map<KeyDraft, ForeignKeyMetadata> keys = new IdentityHashMap<>();
  private final Map<JoinDraft, JoinTable> joinTables = new IdentityHashMap<>();

  RegistryAssembler(
      NamingStrategy naming,
      ForeignKeyDefaults defaults,
      @Nullable Dialect dialect,
      List<String> warnings) {
    this.naming = naming;
    this.defaults = defaults;
    this.dialect = dialect;
    this.warnings = warnings;
  }

  AssociationRegistry assemble(List<ModelDraft> drafts, List<AssociationDraft> associations) {
    Map<Class<?>, ModelMetadata> byType = new LinkedHashMap<>();
    for (ModelDraft draft : drafts) {
      ModelMetadata model =
          new ModelMetadata(
              draft.type,
              draft.name,
              draft.plural,
              draft.table,
              draft.attributes.values().stream().map(this::attribute).toList());
      models.put(draft, model);
      byType.put(draft.type, model);
    }
    List<ForeignKeyMetadata> foreignKeys =
        KeyResolver.distinctKeys(associations).stream().map(this::key).toList();
    Map<Class<?>, Map<String, Association>> byModel = new LinkedHashMap<>();
    for (AssociationDraft draft : associations) {
      byModel
          .computeIfAbsent(draft.source.type, t -> new LinkedHashMap<>())
          .put(draft.name, association(draft));
    }
    return new AssociationRegistry(
        byType,
        byModel,
        new ArrayList<>(joinTables.values()),
        foreignKeys,
        warnings,
        naming,
        defaults,
        dialect);
  }

  private Association association(AssociationDraft draft) {
    JoinTable through =
        draft.through == null
            ? null
            : joinTables.computeIfAbsent(
                draft.through,
                join ->
                    new JoinTable(
                        join.name,
                        join.model == null ? null : model(join.model),
                        key(draft.foreignKey),
                        key(draft.requireOtherKey())));
    return new Association(
        draft.type,
        model(draft.source),
        draft.name,
        draft.singular,
        model(draft.target),
        key(draft.foreignKey),
        draft.otherKey == null ? null : key(draft.otherKey),
        through,
        draft.inverse,
        draft.field,
        draft.declared,
        draft.joinRowField,
        scope(draft));
  }

  private List<ScopeValue> scope(AssociationDraft draft) {
    KeyHolder holder = draft.foreignKey.holder;
    return draft.scope.values.entrySet().stream()
        .map(value -> new ScopeValue(attribute(holder, value.getKey()), value.getValue()))
        .toList();
  }

  private ForeignKeyMetadata key(KeyDraft draft) {
    return keys.computeIfAbsent(
        draft,
        k -> {
          ModelMetadata referenced = model(k.referenced);
          List<KeyColumn> columns =
              k.columns.stream()
                  .map(
                      c ->
                          new KeyColumn(
                              attribute(k.holder, c.attribute),
                              referenced.attribute(c.referenced).orElseThrow()))
                  .toList();
          boolean nullable = columns.stream().allMatch(c -> c.attribute().nullable());
          String name =
              ConstraintNames.of(
                  "fk",
                  k.holder.table(),
                  columns.stream().map(c -> c.attribute().columnName()).toList());
          return new ForeignKeyMetadata(
              k.holder.table(),
              referenced,
              columns,
              nullable,
              k.onDelete,
              k.onUpdate,
              k.constrained,
              name);
        });
  }

  /** The metadata of a model, every one of which is assembled first. */
  private ModelMetadata model(ModelDraft draft) {
    return Objects.requireNonNull(models.get(draft), draft.name);
  }

  /** The metadata of an attribute the resolution checked or added. */
  private AttributeMetadata attribute(KeyHolder holder, String name) {
    return attribute(Objects.requireNonNull(holder.attributes().get(name), () -> holder.at(name)));
  }

  /** One metadata per attribute, shared by its model (or join table) and the keys naming it. */
  private AttributeMetadata attribute(AttributeDraft draft) {
    return attributes.computeIfAbsent(draft, AttributeDraft::toMetadata);
  }
}
