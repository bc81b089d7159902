package dev.associations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A constant value that an association's rows have in one attribute, Sequelize's association {@code
 * scope}: what keeps several associations in one table apart, such as one {@code comments} table
 * for the comments of posts and of videos.
 *
 * <pre>{@code
 * @HasMany(foreignKey = @ForeignKey("commentableId"), foreignKeyConstraints = false)
 * @AssociationScope(attribute = "commentableType", value = "post")
 * List<Comment> comments;
 * }</pre>
 *
 * <p>The attribute is one of the table holding the foreign key: the target's for HasOne and
 * HasMany, the source's for BelongsTo (whose inverse shares the scope). Reads (get, count, has,
 * includes and conditions) see only rows with the value; writes (create, add, set) write it, and
 * unlinking touches only rows with it. The value is converted to the attribute's type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Repeatable(AssociationScope.List.class)
public @interface AssociationScope {

  /** The attribute, of the model holding the foreign key. */
  String attribute();

  /**
   * Its value, as text: converted to the attribute's type ({@code "42"}, {@code "true"}, an enum
   * constant's name).
   */
  String value();

  /** Several scope values of one association: all must hold. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  @interface List {
    AssociationScope[] value();
  }
}
