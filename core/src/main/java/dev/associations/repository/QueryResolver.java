package dev.associations.repository;

import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import dev.associations.sql.Condition;
import dev.associations.sql.Ordering;
import dev.associations.sql.Selection;
import java.util.List;

/** Resolves a {@link Query}'s attribute names against a model, failing on unknown ones. */
final class QueryResolver {

  private final ModelMetadata model;

  QueryResolver(ModelMetadata model) {
    this.model = model;
  }

  Selection selection(Query query) {
    List<Ordering> orderings = query.orderings().stream()
        .map(s -> new Ordering(attribute(s.attribute()), s.descending())).toList();
    List<Condition> conditions = query.conditions().stream()
        .map(t -> new Condition(attribute(t.attribute()), t.operator(), t.values())).toList();
    return new Selection(conditions, orderings, query.limitOrNull(), query.offsetOrNull());
  }

  private AttributeMetadata attribute(String name) {
    return model.attribute(name).orElseThrow(() -> new IllegalArgumentException(model.name()
        + " has no attribute '" + name + "'; its attributes are "
        + model.attributes().stream().map(AttributeMetadata::name).toList()));
  }
}
