package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.annotation.AssociationScope;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.dialect.Dialects;
import dev.associations.internal.query.IncludeNode;
import dev.associations.internal.query.IncludePlan;
import dev.associations.internal.query.Selection;
import dev.associations.internal.sql.IncludeStatements;
import dev.associations.internal.sql.JoinedTables;
import dev.associations.internal.sql.ModelStatements;
import dev.associations.internal.sql.SqlStatement;
import dev.associations.metadata.Association;
import dev.associations.metadata.TargetUniqueness;
import dev.associations.registry.AssociationRegistry;
import dev.associations.repository.AssociationScopeIntegrationTest.Comment;
import dev.associations.repository.AssociationScopeIntegrationTest.Post;
import dev.associations.repository.AssociationScopeIntegrationTest.Video;
import dev.associations.repository.JoinModelIntegrationTest.Guild;
import dev.associations.repository.JoinModelIntegrationTest.Member;
import dev.associations.repository.JoinModelIntegrationTest.Membership;
import dev.associations.schema.SchemaGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL of association scopes and join-row conditions, per database: text and bound values. */
class ScopeSqlTest {

  private static final AssociationRegistry SCOPED =
      AssociationRegistry.builder()
          .addModels(
              Post.class,
              Video.class,
              Comment.class,
              AssociationScopeIntegrationTest.Tag.class,
              AssociationScopeIntegrationTest.Tagging.class)
          .build();
  private static final AssociationRegistry JOINED =
      AssociationRegistry.builder().addModels(Member.class, Guild.class, Membership.class).build();

  private static SqlStatement select(AssociationRegistry registry, Class<?> model, Query query) {
    return new ModelStatements(Dialects.POSTGRESQL, registry.model(model))
        .select(new QueryResolver(registry, registry.model(model)).selection(query));
  }

  /** The statement of the plan's first to-many include, for parent key 1. */
  private static SqlStatement related(AssociationRegistry registry, Class<?> model, Query query) {
    IncludePlan plan = new QueryResolver(registry, registry.model(model)).plan(query);
    IncludeNode node = plan.nodes().get(0);
    JoinedTables tables = JoinedTables.of(node.model(), node.children());
    Selection rows =
        new Selection(
            node.options().where(),
            node.options().orderings(),
            node.options().limit(),
            node.options().offset());
    return new IncludeStatements(Dialects.MARIADB)
        .related(tables, node.association(), rows, node.options().through())
        .forKeys(List.of(List.of(1L)))
        .get(0);
  }

  @Test
  void aScopeIsBoundOnTheTableHoldingTheForeignKey() {
    SqlStatement path = select(SCOPED, Comment.class, Query.where("post.title").is("p1"));
    SqlStatement exists =
        select(
            SCOPED,
            Post.class,
            Query.where(Condition.has("comments", Condition.where("body").is("x"))));

    assertThat(path.sql())
        .endsWith(
            " FROM comments t0 LEFT JOIN posts q1 ON q1.id = t0.commentable_id"
                + " AND t0.commentable_type = ? WHERE q1.title = ?");
    assertThat(path.parameters()).containsExactly("post", "p1");
    assertThat(exists.sql())
        .endsWith(
            " FROM posts t0 WHERE EXISTS (SELECT 1 FROM comments q1"
                + " WHERE q1.commentable_id = t0.id AND q1.commentable_type = ? AND q1.body = ?)");
    assertThat(exists.parameters()).containsExactly("post", "x");
  }

  @Test
  void aScopedIncludeAndAJoinRowConditionFollowTheParentKey() {
    SqlStatement comments =
        related(SCOPED, Post.class, Query.all().include("comments", c -> c.limit(2)));
    SqlStatement guilds =
        related(
            JOINED,
            Member.class,
            Query.all().include("guilds", g -> g.through(Condition.where("role").is("admin"))));

    assertThat(comments.sql())
        .contains(
            " FROM comments t0 WHERE t0.commentable_id = ?"
                + " AND t0.commentable_type = ?) r WHERE r.rn > 0 AND r.rn <= 2 ORDER BY r.rn");
    assertThat(comments.parameters()).containsExactly(1L, "post");
    assertThat(guilds.sql())
        .contains(", jt.role AS ")
        .contains(
            " FROM guilds t0 JOIN memberships jt"
                + " ON jt.guild_id = t0.id WHERE jt.member_id = ? AND (jt.role = ?) ORDER BY t0.id ASC");
    assertThat(guilds.parameters()).containsExactly(1L, "admin");
  }

  @Model
  static class Article {
    @PrimaryKey @AutoIncrement Long id;

    @HasMany(foreignKey = @ForeignKey("articleId"), inverse = @Inverse("article"))
    List<Note> notes;

    @HasOne(foreignKey = @ForeignKey("articleId"), inverse = @Inverse("pinnedArticle"))
    @AssociationScope(attribute = "pinned", value = "true")
    Note pinnedNote;
  }

  @Model
  static class Note {
    @PrimaryKey @AutoIncrement Long id;
    Boolean pinned;
    Article article;
    Article pinnedArticle;
  }

  @Test
  void aScopedHasOneSharesItsColumnSoItIsNotMadeUniqueAndLoadsTheLowestKey() {
    AssociationRegistry registry =
        AssociationRegistry.builder().addModels(Article.class, Note.class).build();
    Association pinned =
        registry.associations(Article.class).stream()
            .filter(a -> a.name().equals("pinnedNote"))
            .findFirst()
            .orElseThrow();

    assertThat(pinned.targetUniqueness()).isEqualTo(TargetUniqueness.NONE);
    assertThat(pinned.foreignKey().constrained()).isTrue();
    assertThat(
            String.join(
                "\n", new SchemaGenerator(registry, Dialects.POSTGRESQL).createStatements()))
        .contains("REFERENCES articles")
        .doesNotContain("UNIQUE");
    SqlStatement related = select(registry, Note.class, Query.where("pinnedArticle.id").is(1L));
    assertThat(related.sql())
        .contains("LEFT JOIN articles q1 ON q1.id = t0.article_id AND t0.pinned = ?");
    assertThat(related.parameters()).containsExactly(true, 1L);
  }
}
