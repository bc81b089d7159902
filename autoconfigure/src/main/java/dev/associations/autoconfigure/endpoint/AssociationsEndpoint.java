package dev.associations.autoconfigure.endpoint;

import dev.associations.annotation.ReferentialAction;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.KeyColumn;
import dev.associations.metadata.ModelMetadata;
import dev.associations.registry.AssociationRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * {@link Endpoint @Endpoint} exposing the models of the {@link AssociationRegistry} with their
 * tables, keys and associations, as {@code /actuator/associations}.
 */
@Endpoint(id = "associations")
public class AssociationsEndpoint {

  private final AssociationRegistry registry;

  public AssociationsEndpoint(AssociationRegistry registry) {
    this.registry = registry;
  }

  /** Every model, by model name, in registration order. */
  @ReadOperation
  public AssociationsDescriptor associations() {
    Map<String, ModelDescriptor> models = new LinkedHashMap<>();
    registry.models().forEach(model -> models.put(model.name(), describe(model)));
    return new AssociationsDescriptor(Collections.unmodifiableMap(models));
  }

  /** The model with this name, or {@code null} (a 404 over HTTP) when there is none. */
  @ReadOperation
  public @Nullable ModelDescriptor model(@Selector String model) {
    return registry.models().stream()
        .filter(candidate -> candidate.name().equals(model))
        .findFirst()
        .map(this::describe)
        .orElse(null);
  }

  private ModelDescriptor describe(ModelMetadata model) {
    return new ModelDescriptor(
        model.name(),
        model.type().getName(),
        model.table(),
        columnNames(model.primaryKey()),
        registry.associations(model.type()).stream().map(AssociationsEndpoint::describe).toList());
  }

  private static AssociationDescriptor describe(Association association) {
    JoinTable through = association.through();
    ForeignKeyMetadata otherKey = association.otherKey();
    JoinTableDescriptor joinTable =
        through == null
            ? null
            : new JoinTableDescriptor(
                through.name(),
                through.model() != null ? through.model().name() : null,
                association.foreignKey().columnNames(),
                Objects.requireNonNull(otherKey, "a BelongsToMany's other key").columnNames());
    return new AssociationDescriptor(
        association.name(),
        association.type(),
        association.target().name(),
        association.inverse(),
        association.declared(),
        describe(association.foreignKey()),
        otherKey == null ? null : describe(otherKey),
        joinTable,
        scope(association));
  }

  private static Map<String, Object> scope(Association association) {
    Map<String, Object> scope = new LinkedHashMap<>();
    association.scope().forEach(value -> scope.put(value.attribute().columnName(), value.value()));
    return Collections.unmodifiableMap(scope);
  }

  private static ForeignKeyDescriptor describe(ForeignKeyMetadata key) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (KeyColumn column : key.columns()) {
      columns.put(column.attribute().columnName(), column.referenced().columnName());
    }
    return new ForeignKeyDescriptor(
        key.table(),
        Collections.unmodifiableMap(columns),
        key.referencedTable(),
        key.nullable(),
        key.onDelete(),
        key.onUpdate(),
        key.constrained(),
        key.constraintName());
  }

  private static List<String> columnNames(List<AttributeMetadata> attributes) {
    return attributes.stream().map(AttributeMetadata::columnName).toList();
  }

  /** The registered models, keyed by model name. */
  public record AssociationsDescriptor(Map<String, ModelDescriptor> models) {}

  /**
   * One model.
   *
   * @param name the model name
   * @param type the fully qualified model class name
   * @param table the table name
   * @param primaryKey the primary key columns, in key order
   * @param associations its associations, declared ones and auto-created inverses
   */
  public record ModelDescriptor(
      String name,
      String type,
      String table,
      List<String> primaryKey,
      List<AssociationDescriptor> associations) {}

  /**
   * One association, seen from its source model.
   *
   * @param name the association name
   * @param type the association kind
   * @param target the target model name
   * @param inverse the inverse association name on the target, or {@code null} for none
   * @param declared {@code true} when declared, {@code false} for an auto-created inverse
   * @param foreignKey the foreign key; for BelongsToMany the join table's key pointing at the
   *     source
   * @param otherKey BelongsToMany only: the join table's key pointing at the target
   * @param joinTable BelongsToMany only: the join table
   * @param scope the association's scope: each column (of the table holding the foreign key) mapped
   *     to the value all its rows have there; empty for none
   */
  public record AssociationDescriptor(
      String name,
      AssociationType type,
      String target,
      @Nullable String inverse,
      boolean declared,
      ForeignKeyDescriptor foreignKey,
      @Nullable ForeignKeyDescriptor otherKey,
      @Nullable JoinTableDescriptor joinTable,
      Map<String, Object> scope) {}

  /**
   * A foreign key.
   *
   * @param table the table holding the key
   * @param columns each key column mapped to the column it references, in key order
   * @param referencedTable the referenced table
   * @param nullable whether every key column accepts {@code NULL}
   * @param onDelete the {@code ON DELETE} action
   * @param onUpdate the {@code ON UPDATE} action
   * @param constrained whether a {@code REFERENCES} constraint is emitted
   * @param constraintName the constraint name
   */
  public record ForeignKeyDescriptor(
      String table,
      Map<String, String> columns,
      String referencedTable,
      boolean nullable,
      ReferentialAction onDelete,
      ReferentialAction onUpdate,
      boolean constrained,
      String constraintName) {}

  /**
   * The join table of a BelongsToMany, seen from the association describing it.
   *
   * @param name the table name
   * @param model the join model name, or {@code null} for a plain join table
   * @param sourceKey the columns pointing at the association's source
   * @param targetKey the columns pointing at its target
   */
  public record JoinTableDescriptor(
      String name, @Nullable String model, List<String> sourceKey, List<String> targetKey) {}
}
