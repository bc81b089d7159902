package dev.associations.registry;

import dev.associations.annotation.ReferentialAction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A foreign key while the registry is being resolved. An association and its inverse end up sharing
 * one instance; options given on either side are merged into it.
 */
final class KeyDraft {

  /** One column: its attribute, explicit column name, referenced attribute and default value. */
  static final class Column {
    final String attribute;
    final String referenced;
    @Nullable String columnName;
    @Nullable String defaultValue;

    Column(
        String attribute,
        String referenced,
        @Nullable String columnName,
        @Nullable String defaultValue) {
      this.attribute = attribute;
      this.referenced = referenced;
      this.columnName = columnName;
      this.defaultValue = defaultValue;
    }
  }

  final String location;
  final KeyHolder holder;

  /** The join table whose key this is (a BelongsToMany's), or {@code null}. */
  final @Nullable JoinDraft join;

  final ModelDraft referenced;
  final List<Column> columns;
  final boolean constrained;
  boolean allowNull;
  ReferentialAction onDelete;
  ReferentialAction onUpdate;

  KeyDraft(
      String location,
      KeyHolder holder,
      @Nullable JoinDraft join,
      ModelDraft referenced,
      List<Column> columns,
      boolean allowNull,
      ReferentialAction onDelete,
      ReferentialAction onUpdate,
      boolean constrained) {
    this.location = location;
    this.holder = holder;
    this.join = join;
    this.referenced = referenced;
    this.columns = List.copyOf(columns);
    this.allowNull = allowNull;
    this.onDelete = onDelete;
    this.onUpdate = onUpdate;
    this.constrained = constrained;
  }

  List<String> attributes() {
    return columns.stream().map(c -> c.attribute).toList();
  }

  List<String> referencedAttributes() {
    return columns.stream().map(c -> c.referenced).toList();
  }

  /**
   * What makes this key differ from another for the same association, or {@code null} if they
   * agree.
   */
  @Nullable String difference(KeyDraft other) {
    if (!attributes().equals(other.attributes())) {
      return "foreign key " + attributes() + " vs " + other.attributes();
    }
    if (!referencedAttributes().equals(other.referencedAttributes())) {
      return "referenced key " + referencedAttributes() + " vs " + other.referencedAttributes();
    }
    for (int i = 0; i < columns.size(); i++) {
      String mine = columns.get(i).columnName;
      String theirs = other.columns.get(i).columnName;
      if (mine != null && theirs != null && !mine.equals(theirs)) {
        return "column name " + mine + " vs " + theirs;
      }
    }
    if (conflicts(onDelete, other.onDelete)) {
      return "onDelete " + onDelete + " vs " + other.onDelete;
    }
    if (conflicts(onUpdate, other.onUpdate)) {
      return "onUpdate " + onUpdate + " vs " + other.onUpdate;
    }
    if (constrained != other.constrained) {
      return "foreignKeyConstraints " + constrained + " vs " + other.constrained;
    }
    return null;
  }

  /** Takes the options the other side gave and this side did not. */
  void merge(KeyDraft other) {
    for (int i = 0; i < columns.size(); i++) {
      Column mine = columns.get(i);
      Column theirs = other.columns.get(i);
      mine.columnName = mine.columnName != null ? mine.columnName : theirs.columnName;
      mine.defaultValue = mine.defaultValue != null ? mine.defaultValue : theirs.defaultValue;
    }
    allowNull &= other.allowNull;
    onDelete = onDelete == ReferentialAction.DEFAULT ? other.onDelete : onDelete;
    onUpdate = onUpdate == ReferentialAction.DEFAULT ? other.onUpdate : onUpdate;
  }

  private static boolean conflicts(ReferentialAction a, ReferentialAction b) {
    return a != ReferentialAction.DEFAULT && b != ReferentialAction.DEFAULT && a != b;
  }
}
