package dev.associations.internal.sql;

import dev.associations.internal.query.IncludeNode;
import dev.associations.metadata.ModelMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tables one include statement reads: a level's model as {@code t0}, and below it every to-one
 * include (BelongsTo, HasOne) LEFT JOINed as {@code t1}, {@code t2}... in depth-first order. The
 * statement returns every attribute of each table in turn, in model order; to-many includes are
 * left to statements of their own.
 */
public final class JoinedTables {

  /**
   * One table of the statement.
   *
   * @param model the model read
   * @param alias its alias, {@code t0} for the level's own model
   * @param node the to-one include it loads, or {@code null} for {@code t0}
   * @param parent the index of the table it is joined to, or -1 for {@code t0}
   * @param separate the to-many includes directly below it, each loaded by its own statement
   */
  public record Table(
      ModelMetadata model,
      String alias,
      @Nullable IncludeNode node,
      int parent,
      List<IncludeNode> separate) {

    /** The to-one include a joined table loads: every table's but {@code t0}'s. */
    public IncludeNode joinedNode() {
      return Objects.requireNonNull(node, () -> alias + " loads no include");
    }
  }

  private final List<Table> tables;

  private JoinedTables(List<Table> tables) {
    this.tables = List.copyOf(tables);
  }

  /** The tables for a level loading {@code model} with these includes below it. */
  public static JoinedTables of(ModelMetadata model, List<IncludeNode> includes) {
    List<Table> tables = new ArrayList<>();
    add(tables, model, null, -1, includes);
    return new JoinedTables(tables);
  }

  private static void add(
      List<Table> tables,
      ModelMetadata model,
      @Nullable IncludeNode node,
      int parent,
      List<IncludeNode> includes) {
    int index = tables.size();
    tables.add(
        new Table(
            model,
            "t" + index,
            node,
            parent,
            includes.stream().filter(IncludeNode::ownsStatement).toList()));
    includes.stream()
        .filter(n -> !n.ownsStatement())
        .forEach(n -> add(tables, n.model(), n, index, n.children()));
  }

  /** The tables, {@code t0} first. */
  public List<Table> tables() {
    return tables;
  }

  /** The level's own table, {@code t0}. */
  public Table base() {
    return tables.get(0);
  }
}
