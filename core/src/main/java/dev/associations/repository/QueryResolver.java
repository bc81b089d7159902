package dev.associations.repository;

import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.AttributeTypes;
import dev.associations.metadata.ModelMetadata;
import dev.associations.sql.Condition;
import dev.associations.sql.Ordering;
import dev.associations.sql.Selection;
import java.util.List;

/** Resolves a {@link Query}'s attribute names and values against a model, failing on unknown names and ill-typed values. */
final class QueryResolver {

  private final ModelMetadata model;

  QueryResolver(ModelMetadata model) {
    this.model = model;
  }

  Selection selection(Query query) {
    List<Ordering> orderings = query.orderings().stream()
        .map(s -> new Ordering(attribute(s.attribute()), s.descending())).toList();
    List<Condition> conditions = query.conditions().stream().map(t -> {
      AttributeMetadata attribute = attribute(t.attribute());
      return new Condition(attribute, t.operator(), t.values().stream().map(v -> ofType(attribute, v)).toList());
    }).toList();
    return new Selection(conditions, orderings, query.limitOrNull(), query.offsetOrNull());
  }

  /** A compared value as a value of the attribute's type, or a clear error before the database converts it. */
  private Object ofType(AttributeMetadata attribute, Object value) {
    return AttributeTypes.asType(value, attribute.javaType()).orElseThrow(() -> new IllegalArgumentException(
        model.name() + "." + attribute.name() + " is a " + AttributeTypes.box(attribute.javaType()).getSimpleName()
            + ": it cannot be compared with " + value.getClass().getSimpleName() + " " + value));
  }

  private AttributeMetadata attribute(String name) {
    return model.attribute(name).orElseThrow(() -> new IllegalArgumentException(model.name()
        + " has no attribute '" + name + "'; its attributes are "
        + model.attributes().stream().map(AttributeMetadata::name).toList()));
  }
}
