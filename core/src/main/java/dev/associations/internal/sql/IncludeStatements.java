package dev.associations.internal.sql;

import dev.associations.dialect.Dialect;
import dev.associations.internal.query.Predicate;
import dev.associations.internal.query.Selection;
import dev.associations.internal.sql.JoinedTables.Table;
import dev.associations.metadata.Association;
import dev.associations.metadata.AssociationType;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.metadata.JoinTable;
import dev.associations.metadata.ModelMetadata;
import dev.associations.metadata.TargetUniqueness;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The statements of a load with includes. Each reads the {@link JoinedTables} of one level, every
 * attribute of each table (declared or not, so that foreign keys can be matched) aliased {@code
 * c0}, {@code c1}...; to-one includes are LEFT JOINed on their key (on an unconstrained key, to the
 * {@linkplain LowestKeyTarget target with the lowest primary key}).
 */
public final class IncludeStatements {

  private static final String BASE = "t0";
  private static final String JOIN_TABLE = "jt";

  private final SqlColumns columns;
  private final PredicateRenderer renderer;
  private final KeyTerms keyTerms;

  public IncludeStatements(Dialect dialect) {
    this.columns = new SqlColumns(dialect);
    this.renderer = new PredicateRenderer(columns);
    this.keyTerms = new KeyTerms(dialect);
  }

  /**
   * The roots of a selection: its condition, order, limit and offset apply to {@code t0} (the paths
   * they name are joined or tested apart from the includes, see {@link TableScope}). A limit or
   * offset over an include join that only a {@code UNIQUE} constraint keeps single is applied to
   * the roots in a derived table first, so that it counts roots even where the live schema lacks
   * the constraint (and the repeated rows, all in this statement, are found by the loader).
   */
  public SqlStatement roots(JoinedTables tables, Selection selection) {
    TableScope scope = TableScope.of(columns, BASE);
    List<Object> joinParameters = new ArrayList<>();
    String includeJoins = joins(tables, scope, joinParameters);
    List<Object> whereParameters = new ArrayList<>();
    String where = SelectionClauses.where(renderer, selection, scope, whereParameters);
    List<String> order = SelectionClauses.orderColumns(selection, scope);
    String base = table(tables.base().model(), BASE);
    List<Object> pathParameters = scope.joinParameters();
    if (!pagesOverUniqueConstraints(tables, selection)) {
      return new SqlStatement(
          select(tables, List.of())
              + " FROM "
              + base
              + includeJoins
              + scope.joins()
              + where
              + SelectionClauses.orderBy(columns, selection, order)
              + SelectionClauses.page(selection),
          SqlColumns.concat(SqlColumns.concat(joinParameters, pathParameters), whereParameters));
    }
    List<String> sortKeys = IntStream.range(0, order.size()).mapToObj(i -> "o" + i).toList();
    String sortColumns =
        IntStream.range(0, order.size())
            .mapToObj(i -> ", " + order.get(i) + " AS " + sortKeys.get(i))
            .collect(Collectors.joining());
    String page =
        "SELECT "
            + BASE
            + ".*"
            + sortColumns
            + " FROM "
            + base
            + scope.joins()
            + where
            + SelectionClauses.orderBy(columns, selection, order)
            + SelectionClauses.page(selection);
    return new SqlStatement(
        select(tables, List.of())
            + " FROM ("
            + page
            + ") "
            + BASE
            + includeJoins
            + SelectionClauses.orderBy(
                columns, selection, sortKeys.stream().map(k -> BASE + "." + k).toList()),
        SqlColumns.concat(SqlColumns.concat(pathParameters, whereParameters), joinParameters));
  }

  private static boolean pagesOverUniqueConstraints(JoinedTables tables, Selection selection) {
    return selection.isPaged()
        && tables.tables().stream()
            .skip(1)
            .anyMatch(
                t ->
                    t.joinedNode().association().targetUniqueness()
                        == TargetUniqueness.UNIQUE_CONSTRAINT);
  }

  /** The roots with these primary key values (one list of key values per row). */
  public KeyedQuery rootsByKeys(JoinedTables tables) {
    List<Object> parameters = new ArrayList<>();
    String includeJoins = joins(tables, TableScope.of(columns, BASE), parameters);
    List<AttributeMetadata> key = tables.base().model().primaryKey();
    return new KeyedQuery(
        select(tables, List.of()) + " FROM " + table(tables.base().model(), BASE) + includeJoins,
        parameters,
        columns.each(BASE, SqlColumns.names(key)),
        key,
        keyTerms,
        "",
        List.of(),
        "",
        false);
  }

  /**
   * The statement reading a to-many include's rows, without its key condition: see {@link
   * KeyedQuery}. A HasMany's rows name their parent by the target's own foreign key attributes; a
   * BelongsToMany's have, after the tables' columns, the join table's key columns, joined in the
   * same statement, and then, when its target has a field for the join row, every attribute of the
   * join model. {@code through} is the condition the join rows meet, or {@code null}. The rows'
   * selection applies per parent: its condition (an include's {@code where} and the {@code EXISTS}
   * of required includes below it), its order (the primary key last, whenever the selection has any
   * part) and its limit and offset, numbering each parent's rows with {@code ROW_NUMBER() OVER
   * (PARTITION BY parent key ORDER BY ...)}: still one statement for all parents.
   */
  public KeyedQuery related(
      JoinedTables tables, Association association, Selection rows, @Nullable Predicate through) {
    ForeignKeyMetadata key = association.foreignKey();
    boolean throughJoinTable = association.type() == AssociationType.BELONGS_TO_MANY;
    String keyAlias = throughJoinTable ? JOIN_TABLE : BASE;
    List<String> keyColumns = columns.each(keyAlias, key.columnNames());
    TableScope scope = TableScope.of(columns, BASE);
    TableScope joinRow = scope.sibling(JOIN_TABLE);
    List<Object> joinParameters = new ArrayList<>();
    String includeJoins = joins(tables, scope, joinParameters);
    List<Object> filterParameters = new ArrayList<>();
    String condition = columns.scope(association, keyAlias, filterParameters);
    if (rows.where() != null) {
      condition += " AND (" + renderer.render(rows.where(), scope, filterParameters) + ")";
    }
    if (through != null) {
      condition += " AND (" + renderer.render(through, joinRow, filterParameters) + ")";
    }
    boolean shaped =
        rows.where() != null || through != null || !rows.orderings().isEmpty() || rows.isPaged();
    String order = "";
    List<String> extraColumns = new ArrayList<>(throughJoinTable ? keyColumns : List.of());
    if (association.joinRowField() != null) { // a BelongsToMany through a join model
      JoinTable joinTable =
          Objects.requireNonNull(association.through(), "a BelongsToMany's join table");
      ModelMetadata joinModel =
          Objects.requireNonNull(joinTable.model(), "the join model of a join row field");
      joinModel
          .attributes()
          .forEach(a -> extraColumns.add(columns.column(JOIN_TABLE, a.columnName())));
    }
    String select = select(tables, extraColumns);
    if (shaped) {
      List<String> terms = new ArrayList<>();
      rows.orderings()
          .forEach(
              o ->
                  terms.add(
                      scope.column(o.joins(), o.attribute().columnName()) + columns.direction(o)));
      tables
          .base()
          .model()
          .primaryKey()
          .forEach(a -> terms.add(columns.column(BASE, a.columnName()) + " ASC"));
      order = String.join(", ", terms);
      if (rows.isPaged()) {
        select +=
            ", ROW_NUMBER() OVER (PARTITION BY "
                + String.join(", ", keyColumns)
                + " ORDER BY "
                + order
                + ") AS rn";
      }
    }
    StringBuilder sql =
        new StringBuilder(select).append(" FROM ").append(table(tables.base().model(), BASE));
    if (throughJoinTable) {
      ForeignKeyMetadata other =
          Objects.requireNonNull(association.otherKey(), "a BelongsToMany's other key");
      JoinTable joinTable =
          Objects.requireNonNull(association.through(), "a BelongsToMany's join table");
      sql.append(" JOIN ")
          .append(columns.table(joinTable.name()))
          .append(' ')
          .append(JOIN_TABLE)
          .append(" ON ")
          .append(
              columns.equalities(
                  JOIN_TABLE, other.columnNames(), BASE, other.referencedColumnNames()));
    }
    sql.append(includeJoins).append(scope.joins()).append(joinRow.joins());
    joinParameters.addAll(scope.joinParameters());
    joinParameters.addAll(joinRow.joinParameters());
    String shape = !shaped ? "" : !rows.isPaged() ? " ORDER BY " + order : page(rows);
    return new KeyedQuery(
        sql.toString(),
        joinParameters,
        keyColumns,
        key.attributes(),
        keyTerms,
        condition,
        filterParameters,
        shape,
        rows.isPaged());
  }

  /** The outer query's page of each parent's numbered rows, in their order. */
  private static String page(Selection rows) {
    Integer limit = rows.limit();
    long offset = rows.offset() == null ? 0 : rows.offset();
    return ") r WHERE r.rn > "
        + offset
        + (limit == null ? "" : " AND r.rn <= " + (offset + limit))
        + " ORDER BY r.rn";
  }

  /**
   * A statement text keyed by a batch of keys, built once (a single key's whole text too), and its
   * key condition: a to-many include's rows by their parents' keys, or roots by their own.
   */
  public static final class KeyedQuery {

    private final String select;
    private final List<Object> selectParameters;
    private final List<String> keyColumns;
    private final List<AttributeMetadata> keyAttributes;
    private final KeyTerms keyTerms;
    private final String condition;
    private final List<Object> conditionParameters;
    private final String shape;
    private final boolean paged;

    /** The whole text for a single key, the common case ({@code findById}). */
    private final String singleKeySql;

    private KeyedQuery(
        String select,
        List<Object> selectParameters,
        List<String> keyColumns,
        List<AttributeMetadata> keyAttributes,
        KeyTerms keyTerms,
        String condition,
        List<Object> conditionParameters,
        String shape,
        boolean paged) {
      this.select = select;
      this.selectParameters = List.copyOf(selectParameters);
      this.keyColumns = keyColumns;
      this.keyAttributes = keyAttributes;
      this.keyTerms = keyTerms;
      this.condition = condition;
      this.conditionParameters = List.copyOf(conditionParameters);
      this.shape = shape;
      this.paged = paged;
      this.singleKeySql = text(keyTerms.singleKeySql(select, keyColumns));
    }

    /**
     * The statements for these parent keys (values of the association's {@code
     * foreignKey().referencedAttributes()}): one, or one per chunk of keys, see {@link KeyTerms}.
     */
    public List<SqlStatement> forKeys(List<List<Object>> parentKeys) {
      if (parentKeys.size() == 1) {
        return List.of(new SqlStatement(singleKeySql, parameters(parentKeys.get(0))));
      }
      return keyTerms.statements(select, keyColumns, keyAttributes, parentKeys).stream()
          .map(keyed -> new SqlStatement(text(keyed.sql()), parameters(keyed.parameters())))
          .toList();
    }

    private String text(String keyed) {
      String sql = keyed + condition;
      return paged ? "SELECT * FROM (" + sql + shape : sql + shape;
    }

    private List<Object> parameters(List<Object> keyValues) {
      if (selectParameters.isEmpty() && conditionParameters.isEmpty()) {
        return keyValues;
      }
      List<Object> parameters = new ArrayList<>(selectParameters);
      parameters.addAll(keyValues);
      parameters.addAll(conditionParameters);
      return parameters;
    }
  }

  private String select(JoinedTables tables, List<String> extraColumns) {
    List<String> selected = new ArrayList<>();
    for (Table table : tables.tables()) {
      table
          .model()
          .attributes()
          .forEach(a -> selected.add(columns.column(table.alias(), a.columnName())));
    }
    selected.addAll(extraColumns);
    return IntStream.range(0, selected.size())
        .mapToObj(i -> selected.get(i) + " AS c" + i)
        .collect(Collectors.joining(", ", "SELECT ", ""));
  }

  /**
   * The LEFT JOINs of the to-one includes; one with a condition joins only a row meeting it (an
   * {@code EXISTS} of the same row, whose values go to {@code parameters}, in text order).
   */
  private String joins(JoinedTables tables, TableScope scope, List<Object> parameters) {
    StringBuilder sql = new StringBuilder();
    for (Table table : tables.tables().subList(1, tables.tables().size())) {
      Association association = table.joinedNode().association();
      sql.append(" LEFT JOIN ")
          .append(table(table.model(), table.alias()))
          .append(" ON ")
          .append(
              columns.keyMatch(
                  association,
                  table.alias(),
                  tables.tables().get(table.parent()).alias(),
                  parameters));
      if (LowestKeyTarget.isNeeded(association)) {
        sql.append(" AND ")
            .append(LowestKeyTarget.condition(columns, association, table.alias(), parameters));
      }
      Predicate where = table.joinedNode().joinCondition();
      if (where != null) {
        sql.append(" AND ")
            .append(renderer.sameRow(table.model(), table.alias(), where, scope, parameters));
      }
    }
    return sql.toString();
  }

  private String table(ModelMetadata model, String alias) {
    return columns.table(model.table()) + " " + alias;
  }
}
