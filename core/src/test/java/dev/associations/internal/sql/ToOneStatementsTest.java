package dev.associations.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.dialect.Dialect;
import dev.associations.dialect.Dialects;
import dev.associations.internal.query.IncludePlan;
import dev.associations.internal.query.Ordering;
import dev.associations.internal.query.Selection;
import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.TargetUniqueness;
import dev.associations.registry.AssociationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A to-one association on an unconstrained key reads the target with the lowest primary key of
 * those matching, in the include's join and in the {@code get} mixin alike, on every database; one
 * whose key is a primary key or made unique joins plainly.
 */
class ToOneStatementsTest {

  @Model
  static class Post {
    @PrimaryKey @AutoIncrement Long id;

    @HasOne(inverse = @Inverse("post"), foreignKeyConstraints = false)
    Pin pin;
  }

  @Model
  static class Pin {
    @PrimaryKey @AutoIncrement Long id;
    Post post;
  }

  @Model
  static class Guest {
    @PrimaryKey Long id;

    @HasOne(inverse = @Inverse("guest"), foreignKeyConstraints = false)
    Seat seat;
  }

  /** A composite primary key: lower means lower by row, then by number. */
  @Model
  static class Seat {
    @PrimaryKey String row;
    @PrimaryKey Integer number;
    Guest guest;
  }

  /** A constrained HasOne: the generated schema makes its key unique. */
  @Model
  static class Owner {
    @PrimaryKey @AutoIncrement Long id;

    @HasOne(inverse = @Inverse("owner"))
    Permit permit;
  }

  @Model
  static class Permit {
    @PrimaryKey @AutoIncrement Long id;
    Owner owner;
  }

  private static final AssociationRegistry REGISTRY =
      AssociationRegistry.builder()
          .addModels(Post.class, Pin.class, Guest.class, Seat.class, Owner.class, Permit.class)
          .build();

  @Test
  void whatKeepsEachTargetSingle() {
    assertThat(REGISTRY.association(Post.class, "pin").targetUniqueness())
        .isEqualTo(TargetUniqueness.NONE);
    assertThat(REGISTRY.association(Owner.class, "permit").targetUniqueness())
        .isEqualTo(TargetUniqueness.UNIQUE_CONSTRAINT);
    assertThat(REGISTRY.association(Pin.class, "post").targetUniqueness())
        .isEqualTo(TargetUniqueness.PRIMARY_KEY);
    assertThat(REGISTRY.association(Permit.class, "owner").targetUniqueness())
        .isEqualTo(TargetUniqueness.PRIMARY_KEY);
    assertThat(REGISTRY.association(Guest.class, "seat").targetUniqueness())
        .isEqualTo(TargetUniqueness.NONE);
  }

  private static String roots(Dialect dialect, Class<?> root, String include) {
    IncludePlan plan = IncludePlan.of(REGISTRY, root, include);
    return new IncludeStatements(dialect)
        .roots(JoinedTables.of(plan.root(), plan.nodes()), Selection.all())
        .sql();
  }

  @Test
  void theIncludeJoinsOnlyTheLowestKeyOnEachDatabase() {
    assertThat(roots(Dialects.POSTGRESQL, Post.class, "pin"))
        .isEqualTo(
            "SELECT t0.id AS c0, t1.id AS c1, t1.post_id AS c2 FROM posts t0"
                + " LEFT JOIN pins t1 ON t1.post_id = t0.id"
                + " AND NOT EXISTS (SELECT 1 FROM pins t1x WHERE t1x.post_id = t1.post_id AND (t1x.id < t1.id))");
    assertThat(roots(Dialects.H2, Post.class, "pin"))
        .isEqualTo(roots(Dialects.POSTGRESQL, Post.class, "pin"));
    assertThat(roots(Dialects.MARIADB, Post.class, "pin"))
        .isEqualTo(
            "SELECT t0.id AS c0, t1.id AS c1, t1.post_id AS c2 FROM posts t0"
                + " LEFT JOIN pins t1 ON t1.post_id = t0.id"
                + " AND NOT EXISTS (SELECT 1 FROM pins t1x WHERE t1x.post_id = t1.post_id AND (t1x.id < t1.id))");
  }

  @Test
  void aCompositeKeyIsComparedColumnByColumn() {
    assertThat(roots(Dialects.POSTGRESQL, Guest.class, "seat"))
        .endsWith(
            " LEFT JOIN seats t1 ON t1.guest_id = t0.id AND NOT EXISTS (SELECT 1 FROM seats t1x"
                + " WHERE t1x.guest_id = t1.guest_id"
                + " AND (t1x.row < t1.row OR t1x.row = t1.row AND t1x.number < t1.number))");
  }

  @Test
  void aKeyMadeUniqueJoinsPlainly() {
    assertThat(roots(Dialects.POSTGRESQL, Owner.class, "permit"))
        .isEqualTo(
            "SELECT t0.id AS c0, t1.id AS c1, t1.owner_id AS c2 FROM owners t0"
                + " LEFT JOIN permits t1 ON t1.owner_id = t0.id");
    assertThat(
            new MixinStatements(Dialects.H2, REGISTRY.association(Owner.class, "permit"))
                .select(List.of(7L))
                .sql())
        .isEqualTo("SELECT t.id FROM permits t WHERE t.owner_id = ?");
  }

  @Test
  void aLimitOverAJoinKeptSingleByAUniqueConstraintPagesTheRootsFirst() {
    IncludePlan plan = IncludePlan.of(REGISTRY, Owner.class, "permit");
    AttributeMetadata id = REGISTRY.model(Owner.class).primaryKey().get(0);
    Selection page = new Selection(null, List.of(new Ordering(id, true)), 10, 20);

    assertThat(
            new IncludeStatements(Dialects.MARIADB)
                .roots(JoinedTables.of(plan.root(), plan.nodes()), page)
                .sql())
        .isEqualTo(
            "SELECT t0.id AS c0, t1.id AS c1, t1.owner_id AS c2"
                + " FROM (SELECT t0.*, t0.id AS o0 FROM owners t0 ORDER BY t0.id DESC LIMIT 10 OFFSET 20) t0"
                + " LEFT JOIN permits t1 ON t1.owner_id = t0.id ORDER BY t0.o0 DESC");
    plan = IncludePlan.of(REGISTRY, Post.class, "pin");
    page =
        new Selection(
            null,
            List.of(new Ordering(REGISTRY.model(Post.class).primaryKey().get(0), true)),
            10,
            20);
    assertThat(
            new IncludeStatements(Dialects.MARIADB)
                .roots(JoinedTables.of(plan.root(), plan.nodes()), page)
                .sql())
        .as("an unconstrained join is single by its own condition")
        .startsWith(
            "SELECT t0.id AS c0, t1.id AS c1, " + "t1.post_id AS c2 FROM posts t0 LEFT JOIN")
        .endsWith(" ORDER BY t0.id DESC LIMIT 10 OFFSET 20");
  }

  @Test
  void aBelongsToJoinNeedsNoCondition() {
    assertThat(roots(Dialects.POSTGRESQL, Pin.class, "post"))
        .isEqualTo(
            "SELECT t0.id AS c0, t0.post_id AS c1, t1.id AS c2 FROM pins t0"
                + " LEFT JOIN posts t1 ON t1.id = t0.post_id");
  }

  @Test
  void theGetMixinReadsTheSameRow() {
    MixinStatements pin =
        new MixinStatements(Dialects.MARIADB, REGISTRY.association(Post.class, "pin"));

    assertThat(pin.select(List.of(7L)))
        .isEqualTo(
            new SqlStatement(
                "SELECT t.id FROM pins t WHERE t.post_id = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM pins tx WHERE tx.post_id = t.post_id AND (tx.id < t.id))",
                List.of(7L)));
  }
}
