package dev.associations.registry;

import dev.associations.metadata.AssociationType;
import java.lang.reflect.Field;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An association while the registry is being resolved. */
final class AssociationDraft {

  final AssociationType type;
  final ModelDraft source;
  final String name;
  final ModelDraft target;
  final @Nullable AssociationDraft createdBy;
  String singular;
  KeyDraft foreignKey;
  @Nullable KeyDraft otherKey;
  @Nullable JoinDraft through;
  @Nullable String inverse;
  @Nullable Field field;

  /**
   * BelongsToMany through a join model: the target's field receiving the join row, or {@code null}.
   */
  @Nullable Field joinRowField;

  /** The constant attribute values of its rows, shared with its inverse. */
  ScopeDraft scope = ScopeDraft.NONE;

  String location;
  boolean declared;

  AssociationDraft(
      AssociationType type,
      ModelDraft source,
      String name,
      String singular,
      ModelDraft target,
      KeyDraft foreignKey,
      @Nullable KeyDraft otherKey,
      @Nullable JoinDraft through,
      @Nullable Field field,
      String location,
      @Nullable AssociationDraft createdBy) {
    this.type = type;
    this.source = source;
    this.name = name;
    this.singular = singular;
    this.target = target;
    this.foreignKey = foreignKey;
    this.otherKey = otherKey;
    this.through = through;
    this.field = field;
    this.location = location;
    this.createdBy = createdBy;
    this.declared = createdBy == null;
  }

  /** How messages refer to it: its field, or the declaration that created it. */
  String describe() {
    // declared is false only for an inverse, which has its creator
    return declared || createdBy == null
        ? location
        : "the inverse " + location + " created by " + createdBy.location;
  }

  /** What makes this association differ from another with the same name, or {@code null}. */
  @Nullable String difference(AssociationDraft other) {
    if (type != other.type) {
      return "it is a " + type + ", not a " + other.type;
    }
    if (target != other.target) {
      return "it targets " + target.name + ", not " + other.target.name;
    }
    String difference = scope.difference(other.scope);
    if (difference != null) {
      return difference;
    }
    difference = foreignKey.difference(other.foreignKey);
    if (difference == null && type == AssociationType.BELONGS_TO_MANY) {
      difference = requireOtherKey().difference(other.requireOtherKey());
      if (difference == null) {
        difference = requireThrough().difference(other.requireThrough());
      }
    }
    return difference;
  }

  /** Makes an equal declaration of the same association share this one's keys. */
  void merge(AssociationDraft other) {
    foreignKey.merge(other.foreignKey);
    if (otherKey != null) {
      otherKey.merge(other.requireOtherKey());
    }
  }

  /** The other key of a BelongsToMany, which always has one. */
  KeyDraft requireOtherKey() {
    return Objects.requireNonNull(otherKey, () -> describe() + " has no other key");
  }

  /** The join table of a BelongsToMany, which always has one. */
  JoinDraft requireThrough() {
    return Objects.requireNonNull(through, () -> describe() + " has no join table");
  }
}
