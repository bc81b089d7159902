package dev.associations.internal.query;

import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One association to load, with what to load below it.
 *
 * @param association the association, seen from the parent node's model
 * @param children the includes nested below it, in the order first named
 * @param options how its rows are filtered, ordered and paged
 */
public record IncludeNode(
    Association association, List<IncludeNode> children, IncludeOptions options) {

  public IncludeNode {
    children = List.copyOf(children);
  }

  /** The model this node loads. */
  public ModelMetadata model() {
    return association.target();
  }

  /**
   * For a to-one include, the condition its joined row meets, or {@code null}: its {@code where}
   * and, unless it is required (then they drop the parent instead, see {@link
   * IncludePlan#required}), the required includes below it, so that a row failing them comes back
   * {@code null}.
   */
  public @Nullable Predicate joinCondition() {
    return Predicate.both(
        options.where(), options.required() ? null : IncludePlan.required(children));
  }

  /**
   * Whether this node needs a statement of its own: to-many associations (HasMany, BelongsToMany)
   * do; to-one associations (BelongsTo, HasOne) are joined into their parent's statement.
   */
  public boolean ownsStatement() {
    return association.isMultiple();
  }
}
