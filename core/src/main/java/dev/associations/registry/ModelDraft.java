package dev.associations.registry;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A model while the registry is being resolved. */
final class ModelDraft implements KeyHolder {

  final Class<?> type;
  final String name;
  final String plural;
  final String table;
  final Map<String, AttributeDraft> attributes = new LinkedHashMap<>();
  final List<AssociationDeclaration> declarations = new ArrayList<>();

  /** Unannotated fields of a model type: each must turn out to be an inverse association. */
  final Map<String, Field> inverseFields = new LinkedHashMap<>();

  final Map<String, AssociationDraft> associations = new LinkedHashMap<>();
  boolean joinModel;

  /**
   * A join model without a primary key of its own, whose key columns (and scope attributes) are
   * made its primary key.
   */
  boolean keyedByLinks;

  ModelDraft(Class<?> type, String name, String plural, String table) {
    this.type = type;
    this.name = name;
    this.plural = plural;
    this.table = table;
  }

  @Override
  public String table() {
    return table;
  }

  @Override
  public Map<String, AttributeDraft> attributes() {
    return attributes;
  }

  List<AttributeDraft> primaryKey() {
    return attributes.values().stream().filter(a -> a.primaryKey).toList();
  }

  List<String> attributeNames() {
    return List.copyOf(attributes.keySet());
  }

  @Override
  public String at(String member) {
    return name + "." + member;
  }
}
