package dev.associations.internal.sql;

import dev.associations.dialect.Dialect;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.ModelMetadata;
import dev.associations.metadata.ScopeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The statements of one association's mixins. The "link" table holds the foreign key: the target's
 * for HasOne/HasMany, the source's for BelongsTo, the join table for BelongsToMany. Values are
 * always bound parameters; statements with a batch of keys follow {@link KeyTerms}.
 */
public final class MixinStatements {

  private static final String TARGET = "t";
  private static final String LINK = "l";

  private final Association association;
  private final Dialect dialect;
  private final SqlColumns sql;
  private final KeyTerms keyTerms;
  private final ModelMetadata target;
  private final List<AttributeMetadata> selected;
  private final String linkTable;
  private final List<AttributeMetadata> sourceIdentity;
  private final List<String> sourceColumns;
  private final List<AttributeMetadata> targetIdentity;
  private final List<AttributeMetadata> targetKey;
  private final List<String> targetColumns;

  /**
   * The join row's attributes a get returns after the target's, when the target has a field for it.
   */
  private final List<AttributeMetadata> joinRow;

  /**
   * The join model's attributes other than its keys and generated ones: the values a link is
   * written with.
   */
  private final List<AttributeMetadata> linkValues;

  private final List<AttributeMetadata> scopeAttributes;
  private final List<Object> scopeValues;

  public MixinStatements(Dialect dialect, Association association) {
    this.association = association;
    this.dialect = dialect;
    this.sql = new SqlColumns(dialect);
    this.keyTerms = new KeyTerms(dialect);
    this.target = association.target();
    this.selected = target.attributes().stream().filter(AttributeMetadata::isDeclared).toList();
    ForeignKeyMetadata key = association.foreignKey();
    ForeignKeyMetadata otherKey = association.otherKey();
    JoinTable through = association.through();
    switch (association.type()) {
      case HAS_ONE, HAS_MANY -> {
        linkTable = target.table();
        sourceIdentity = key.referencedAttributes();
        sourceColumns = key.columnNames();
        targetIdentity = target.primaryKey();
        targetKey = targetIdentity;
      }
      case BELONGS_TO -> {
        linkTable = association.source().table();
        sourceIdentity = association.source().primaryKey();
        sourceColumns = SqlColumns.names(sourceIdentity);
        targetIdentity = key.referencedAttributes();
        targetKey = key.attributes();
      }
      default -> {
        linkTable = Objects.requireNonNull(through, "a BelongsToMany's join table").name();
        sourceIdentity = key.referencedAttributes();
        sourceColumns = key.columnNames();
        targetIdentity =
            Objects.requireNonNull(otherKey, "a BelongsToMany's other key").referencedAttributes();
        targetKey = otherKey.attributes();
      }
    }
    this.targetColumns = SqlColumns.names(targetKey);
    this.scopeAttributes = association.scope().stream().map(ScopeValue::attribute).toList();
    this.scopeValues = association.scope().stream().map(ScopeValue::value).toList();
    ModelMetadata joinModel = through == null ? null : through.model();
    // a join row field and a join model belong to a BelongsToMany, which has an other key
    this.joinRow =
        association.joinRowField() == null || joinModel == null
            ? List.of()
            : joinModel.attributes();
    this.linkValues =
        joinModel == null || otherKey == null
            ? List.of()
            : joinModel.attributes().stream()
                .filter(
                    a ->
                        a.isDeclared()
                            && !a.autoIncrement()
                            && !key.attributes().contains(a)
                            && !otherKey.attributes().contains(a)
                            && !scopeAttributes().contains(a))
                .toList();
  }

  /** The attributes of the association's scope, on the link table, in order. */
  public List<AttributeMetadata> scopeAttributes() {
    return scopeAttributes;
  }

  /** The values of the association's scope, in the order of {@link #scopeAttributes()}. */
  public List<Object> scopeValues() {
    return scopeValues;
  }

  /**
   * The join model's own attributes (not its keys, nor generated): those a link is written with by
   * {@link #insertLinkWithValues()} and {@link #updateLinkValues()}; none for a plain join table.
   */
  public List<AttributeMetadata> linkValueAttributes() {
    return linkValues;
  }

  /** The target's declared attributes, in the order {@link #select} returns them. */
  public List<AttributeMetadata> selectedAttributes() {
    return selected;
  }

  /**
   * The source attributes whose values the statements take as "source key": the referenced key
   * (HasOne, HasMany, BelongsToMany) or the primary key (BelongsTo).
   */
  public List<AttributeMetadata> sourceIdentity() {
    return sourceIdentity;
  }

  /**
   * The target attributes whose values the statements take as "target key": the primary key
   * (HasOne, HasMany) or the key referenced by the foreign key (BelongsTo, BelongsToMany).
   */
  public List<AttributeMetadata> targetIdentity() {
    return targetIdentity;
  }

  /**
   * The targets linked to a source, one parameter per source key value; for a single association on
   * an unconstrained key, the one an include loads ({@link LowestKeyTarget}).
   */
  public SqlStatement select(List<Object> sourceKey) {
    List<Object> parameters = new ArrayList<>(sourceKey);
    String where =
        sql.bound(sourceAlias(), sourceColumns) + sql.scope(association, sourceAlias(), parameters);
    if (LowestKeyTarget.isNeeded(association)) {
      where += " AND " + LowestKeyTarget.condition(sql, association, TARGET, parameters);
    }
    return new SqlStatement(
        "SELECT "
            + sql.list(TARGET, SqlColumns.names(selected))
            + joinRowColumns()
            + targetsFrom()
            + " WHERE "
            + where,
        parameters);
  }

  private String joinRowColumns() {
    return joinRow.isEmpty() ? "" : ", " + sql.list(LINK, SqlColumns.names(joinRow));
  }

  /**
   * The targets and, but for HasOne/HasMany whose key is on the target, the link table joined to
   * them.
   */
  private String targetsFrom() {
    String from = " FROM " + sql.table(target.table()) + " " + TARGET;
    if (association.type() == AssociationType.BELONGS_TO) {
      ForeignKeyMetadata key = association.foreignKey();
      from +=
          " JOIN "
              + sql.table(linkTable)
              + " "
              + LINK
              + " ON "
              + sql.equalities(TARGET, key.referencedColumnNames(), LINK, key.columnNames());
    } else if (association.type() == AssociationType.BELONGS_TO_MANY) {
      ForeignKeyMetadata other =
          Objects.requireNonNull(association.otherKey(), "a BelongsToMany's other key");
      from +=
          " JOIN "
              + sql.table(linkTable)
              + " "
              + LINK
              + " ON "
              + sql.equalities(TARGET, other.referencedColumnNames(), LINK, other.columnNames());
    }
    return from;
  }

  /** The alias of the columns holding the source key. */
  private String sourceAlias() {
    return association.type().isKeyOnTarget() ? TARGET : LINK;
  }

  /**
   * The statements, each with the association's scope on the table aliased {@code alias} AND-ed to
   * its WHERE.
   */
  private List<SqlStatement> scoped(List<SqlStatement> statements, @Nullable String alias) {
    return statements.stream()
        .map(
            s -> {
              List<Object> parameters = new ArrayList<>(s.parameters());
              return new SqlStatement(
                  s.sql() + sql.scope(association, alias, parameters), parameters);
            })
        .toList();
  }

  /**
   * The targets of a multiple association linked to any of these sources, each row followed by the
   * source key it is linked to (the columns {@link #sourceIdentity()} holds, after {@link
   * #selectedAttributes()}) and then by the join model's attributes, for the target's field of the
   * join model's type (none without such a field): one statement, or one per chunk of keys (see
   * {@link KeyTerms}).
   */
  public List<SqlStatement> selectForSources(List<List<Object>> sourceKeys) {
    String select =
        "SELECT "
            + sql.list(TARGET, SqlColumns.names(selected))
            + ", "
            + sql.list(sourceAlias(), sourceColumns)
            + joinRowColumns()
            + targetsFrom();
    return scoped(
        keyTerms.statements(
            select, sql.each(sourceAlias(), sourceColumns), sourceIdentity, sourceKeys),
        sourceAlias());
  }

  /**
   * The number of links of each of these sources, as rows of its source key and its count; sources
   * without links have no row.
   */
  public List<SqlStatement> countForSources(List<List<Object>> sourceKeys) {
    String columns = sql.list(null, sourceColumns);
    return scoped(
            keyTerms.statements(
                "SELECT " + columns + ", COUNT(*) FROM " + sql.table(linkTable),
                sql.each(null, sourceColumns),
                sourceIdentity,
                sourceKeys),
            null)
        .stream()
        .map(s -> new SqlStatement(s.sql() + " GROUP BY " + columns, s.parameters()))
        .toList();
  }

  /** The number of links of a source (HasMany, BelongsToMany). */
  public SqlStatement count(List<Object> sourceKey) {
    List<Object> parameters = new ArrayList<>(sourceKey);
    return new SqlStatement(
        "SELECT COUNT(*) FROM "
            + sql.table(linkTable)
            + " WHERE "
            + sql.bound(null, sourceColumns)
            + sql.scope(association, null, parameters),
        parameters);
  }

  /** The target keys linked to a source (HasOne, HasMany, BelongsToMany). */
  public SqlStatement linked(List<Object> sourceKey) {
    return new SqlStatement(linkedSql(), SqlColumns.concat(sourceKey, scopeValues()));
  }

  /** Those of these target keys that are linked to the source. */
  public List<SqlStatement> linkedAmong(List<Object> sourceKey, List<List<Object>> targetKeys) {
    return among("SELECT " + sql.list(LINK, targetColumns), sourceKey, targetKeys);
  }

  /**
   * The number of these (distinct) target keys that are linked to the source, one count per
   * statement.
   */
  public List<SqlStatement> countAmong(List<Object> sourceKey, List<List<Object>> targetKeys) {
    return among("SELECT COUNT(*)", sourceKey, targetKeys);
  }

  private List<SqlStatement> among(
      String select, List<Object> sourceKey, List<List<Object>> targetKeys) {
    List<SqlStatement> statements =
        keyTerms.statements(
            select + " FROM (" + linkedSql() + ") " + LINK,
            sql.each(LINK, targetColumns),
            targetKey,
            targetKeys);
    List<Object> linked = SqlColumns.concat(sourceKey, scopeValues());
    return statements.stream()
        .map(s -> new SqlStatement(s.sql(), SqlColumns.concat(linked, s.parameters())))
        .toList();
  }

  /**
   * The target keys linked to a source: parameters the source key, then the {@link #scopeValues()}.
   */
  private String linkedSql() {
    return "SELECT "
        + sql.list(null, targetColumns)
        + " FROM "
        + sql.table(linkTable)
        + " WHERE "
        + sql.bound(null, sourceColumns)
        + scopeTerms();
  }

  /**
   * {@code " AND type = ?"} per scope value, unqualified, for statements binding {@link
   * #scopeValues()} themselves.
   */
  private String scopeTerms() {
    return sql.scope(association, null, new ArrayList<>());
  }

  /**
   * Sets the foreign key (and the scope) of one row: HasOne/HasMany {@code UPDATE target SET fk =
   * ?, type = ? WHERE pk = ?}, BelongsTo {@code UPDATE source SET fk = ?, type = ? WHERE pk = ?};
   * the key values first, then the {@link #scopeValues()}, then the row's key.
   */
  public String assign() {
    List<String> assigned =
        SqlColumns.concat(
            association.foreignKey().columnNames(), SqlColumns.names(scopeAttributes()));
    List<String> row =
        association.type() == AssociationType.BELONGS_TO ? sourceColumns : targetColumns;
    return "UPDATE "
        + sql.table(linkTable)
        + " SET "
        + sql.assignments(assigned, false)
        + " WHERE "
        + sql.bound(null, row);
  }

  /**
   * {@code UPDATE source SET fk = NULL WHERE pk = ? AND type = ?} (BelongsTo): the source key, then
   * the {@link #scopeValues()}.
   */
  public String unassign() {
    return "UPDATE "
        + sql.table(linkTable)
        + " SET "
        + sql.assignments(association.foreignKey().columnNames(), true)
        + " WHERE "
        + sql.bound(null, sourceColumns)
        + scopeTerms();
  }

  /**
   * {@code UPDATE target SET fk = NULL WHERE pk = ? AND fk = ? AND type = ?}: target key, source
   * key, {@link #scopeValues()}.
   */
  public String unlink() {
    return "UPDATE "
        + sql.table(linkTable)
        + " SET "
        + sql.assignments(sourceColumns, true)
        + linkCondition();
  }

  /**
   * Deletes one link row: the target (HasOne/HasMany, by target and source key) or the join row
   * (BelongsToMany); parameters the target key, the source key, the {@link #scopeValues()}.
   */
  public String deleteLink() {
    return "DELETE FROM " + sql.table(linkTable) + linkCondition();
  }

  /**
   * {@code INSERT INTO join (source key, target key, scope) VALUES (...)}: source key, target key,
   * {@link #scopeValues()}; a pair that exists already (added meanwhile by another writer) is left
   * alone. Any other column takes its default.
   */
  public String insertLink() {
    return dialect.insertUnlessPresent(linkTable, linkKey(), List.of());
  }

  /** The columns telling links apart: the source key, the target key and the scope. */
  private List<String> linkKey() {
    return SqlColumns.concat(
        SqlColumns.concat(sourceColumns, targetColumns), SqlColumns.names(scopeAttributes()));
  }

  /**
   * {@link #insertLink()} writing the {@link #linkValueAttributes()} too, whose values come last.
   */
  public String insertLinkWithValues() {
    return dialect.insertUnlessPresent(linkTable, linkKey(), SqlColumns.names(linkValues));
  }

  /**
   * {@code UPDATE join SET value = ? ... WHERE target key AND source key AND scope}: the {@link
   * #linkValueAttributes()}' values, the target key, the source key, the {@link #scopeValues()}.
   */
  public String updateLinkValues() {
    return "UPDATE "
        + sql.table(linkTable)
        + " SET "
        + sql.assignments(SqlColumns.names(linkValues), false)
        + linkCondition();
  }

  private String linkCondition() {
    return " WHERE "
        + sql.bound(null, targetColumns)
        + " AND "
        + sql.bound(null, sourceColumns)
        + scopeTerms();
  }
}
