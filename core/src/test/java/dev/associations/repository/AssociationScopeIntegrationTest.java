package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.annotation.AssociationScope;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.ForeignKey;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.annotation.Through;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Association scopes, Sequelize's polymorphic associations: one comments table holds the comments
 * of posts and of videos, told apart by {@code commentable_type}. Posts and videos have the same
 * ids, so any read or write that forgot the scope would see or touch the other's rows. Answers are
 * compared with the same answer computed in Java from all rows.
 */
class AssociationScopeIntegrationTest {

  @Model
  static class Post {
    @PrimaryKey @AutoIncrement Long id;
    String title;

    @HasMany(
        foreignKey = @ForeignKey("commentableId"),
        foreignKeyConstraints = false,
        inverse = @Inverse("post"))
    @AssociationScope(attribute = "commentableType", value = "post")
    List<Comment> comments;

    @HasOne(
        foreignKey = @ForeignKey("commentableId"),
        foreignKeyConstraints = false,
        inverse = @Inverse("pinnedPost"))
    @AssociationScope(attribute = "commentableType", value = "post")
    @AssociationScope(attribute = "pinned", value = "true")
    Comment pinned;

    @BelongsToMany(
        through = @Through(model = Tagging.class),
        foreignKey = @ForeignKey("taggableId"),
        otherKey = @ForeignKey("tagId"),
        foreignKeyConstraints = false,
        inverse = @Inverse("posts"))
    @AssociationScope(attribute = "taggableType", value = "post")
    List<Tag> tags;
  }

  @Model
  static class Video {
    @PrimaryKey @AutoIncrement Long id;
    String title;

    @HasMany(
        foreignKey = @ForeignKey("commentableId"),
        foreignKeyConstraints = false,
        inverse = @Inverse("video"))
    @AssociationScope(attribute = "commentableType", value = "video")
    List<Comment> comments;

    @BelongsToMany(
        through = @Through(model = Tagging.class),
        foreignKey = @ForeignKey("taggableId"),
        otherKey = @ForeignKey("tagId"),
        foreignKeyConstraints = false,
        inverse = @Inverse("videos"))
    @AssociationScope(attribute = "taggableType", value = "video")
    List<Tag> tags;
  }

  @Model
  static class Tag {
    @PrimaryKey @AutoIncrement Long id;
    String name;
    List<Post> posts;
    List<Video> videos;
    Tagging tagging;
  }

  /**
   * The tags of posts and of videos, told apart by {@code taggable_type}, which joins the primary
   * key.
   */
  @Model
  static class Tagging {
    Long tagId;
    Long taggableId;
    String taggableType;
    String addedBy;

    Tagging() {}

    Tagging(String addedBy) {
      this.addedBy = addedBy;
    }
  }

  @Model
  static class Comment {
    @PrimaryKey @AutoIncrement Long id;
    String body;
    String commentableType;
    Long commentableId;
    Boolean pinned;
    Post post;
    Video video;
    Post pinnedPost;

    Comment() {}

    Comment(String body) {
      this.body = body;
    }
  }

  interface PostRepository extends AssociationRepository<Post, Long> {
    List<Comment> getComments(Post post);

    long countComments(Long post);

    boolean hasComment(Long post, Long comment);

    Map<Long, List<Comment>> getComments(Collection<Long> posts);

    Map<Long, Long> countComments(Collection<Long> posts);

    Comment createComment(Long post, Comment comment);

    void setComments(Long post, Collection<Long> comments);

    void addComment(Long post, Long comment);

    void removeComment(Long post, Long comment);

    Comment getPinned(Long post);

    void addTags(Long post, Collection<Long> tags, Tagging values);

    void setTags(Long post, Collection<Long> tags);

    long countTags(Long post);
  }

  interface VideoRepository extends AssociationRepository<Video, Long> {
    void addTags(Long video, Collection<Long> tags);

    Map<Long, List<Tag>> getTags(Collection<Long> videos);
  }

  interface CommentRepository extends AssociationRepository<Comment, Long> {
    Post getPost(Comment comment);

    void setVideo(Comment comment, Video video);
  }

  private static AssociationRegistry registry() {
    return AssociationRegistry.builder()
        .addModels(Post.class, Video.class, Comment.class, Tag.class, Tagging.class)
        .build();
  }

  private record Row(long id, String type, long owner, boolean pinned) {}

  /** Posts and videos 1 to 20, each with 0 to 5 comments; comment ids follow their insertion. */
  private static List<Row> fill(TestDatabase db) {
    new SchemaGenerator(registry(), db.dialect()).create(db.dataSource());
    for (int i = 1; i <= 20; i++) {
      db.jdbc().update("INSERT INTO posts (title) VALUES (?)", "p" + i);
      db.jdbc().update("INSERT INTO videos (title) VALUES (?)", "v" + i);
    }
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (long owner = 1; owner <= 20; owner++) {
      for (String type : List.of("post", "video")) {
        for (int i = random.nextInt(6); i > 0; i--) {
          Row row =
              new Row(
                  rows.size() + 1, type, owner, type.equals("post") && i == 1 && owner % 2 == 0);
          rows.add(row);
          db.jdbc()
              .update(
                  "INSERT INTO comments (body, commentable_type, commentable_id, pinned) VALUES (?, ?, ?, ?)",
                  "c" + row.id,
                  type,
                  owner,
                  row.pinned);
        }
      }
    }
    return rows;
  }

  private static RepositoryFactory factory(javax.sql.DataSource dataSource) {
    return new RepositoryFactory(
        registry(), dataSource, new DataSourceTransactionManager(dataSource));
  }

  private static List<Long> ids(List<Row> rows, String type, long owner) {
    return rows.stream().filter(r -> r.type.equals(type) && r.owner == owner).map(Row::id).toList();
  }

  @OnEachDatabase
  void readsSeeOnlyTheirOwnScope(TestDatabase db) {
    List<Row> rows = fill(db);
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    RepositoryFactory factory = factory(dataSource);
    PostRepository posts = factory.create(PostRepository.class);
    VideoRepository videos = factory.create(VideoRepository.class);
    CommentRepository comments = factory.create(CommentRepository.class);

    dataSource.reset();
    List<Post> loadedPosts = posts.findAll(Query.all().orderBy("id").include("comments", "pinned"));
    List<Video> loadedVideos = videos.findAll(Query.all().orderBy("id").include("comments"));
    List<Comment> loadedComments =
        comments.findAll(Query.all().orderBy("id").include("post", "video", "pinnedPost"));
    assertThat(dataSource.statements()).isEqualTo(5);

    for (Post post : loadedPosts) {
      assertThat(post.comments)
          .extracting(c -> c.id)
          .containsExactlyInAnyOrderElementsOf(ids(rows, "post", post.id));
      assertThat(post.pinned == null ? null : post.pinned.id)
          .isEqualTo(
              rows.stream()
                  .filter(r -> r.type.equals("post") && r.owner == post.id && r.pinned)
                  .map(Row::id)
                  .findFirst()
                  .orElse(null));
      assertThat(posts.getComments(post))
          .extracting(c -> c.id)
          .containsExactlyInAnyOrderElementsOf(ids(rows, "post", post.id));
      assertThat(posts.countComments(post.id)).isEqualTo(ids(rows, "post", post.id).size());
      Comment pinned = posts.getPinned(post.id);
      assertThat(pinned == null ? null : pinned.id)
          .isEqualTo(post.pinned == null ? null : post.pinned.id);
    }
    for (Video video : loadedVideos) {
      assertThat(video.comments)
          .extracting(c -> c.id)
          .containsExactlyInAnyOrderElementsOf(ids(rows, "video", video.id));
    }
    for (Comment comment : loadedComments) {
      Row row = rows.get((int) (long) comment.id - 1);
      assertThat(comment.post == null ? null : comment.post.id)
          .isEqualTo(row.type.equals("post") ? row.owner : null);
      assertThat(comment.video == null ? null : comment.video.id)
          .isEqualTo(row.type.equals("video") ? row.owner : null);
      assertThat(comment.pinnedPost == null ? null : comment.pinnedPost.id)
          .isEqualTo(row.pinned ? row.owner : null);
      assertThat(comments.getPost(comment) == null).isEqualTo(row.type.equals("video"));
    }
    Row videoComment = rows.stream().filter(r -> r.type.equals("video")).findFirst().orElseThrow();
    assertThat(posts.hasComment(videoComment.owner, videoComment.id)).isFalse();

    List<Long> some = List.of(1L, 2L, 3L, 4L);
    Map<Long, List<Comment>> each = posts.getComments(some);
    Map<Long, Long> counts = posts.countComments(some);
    for (long post : some) {
      assertThat(each.get(post))
          .extracting(c -> c.id)
          .containsExactlyInAnyOrderElementsOf(ids(rows, "post", post));
      assertThat(counts.get(post)).isEqualTo(ids(rows, "post", post).size());
    }

    List<Post> withComment =
        posts.findAll(
            Query.where(
                Condition.has("comments", Condition.where("body").is("c" + videoComment.id))));
    assertThat(withComment).isEmpty();
    List<Comment> onFirstPost = comments.findAll(Query.where("post.title").is("p1"));
    assertThat(onFirstPost)
        .extracting(c -> c.id)
        .containsExactlyInAnyOrderElementsOf(ids(rows, "post", 1));
    List<Comment> onPostsWithPins = comments.findAll(Query.where("post.pinned.id").isNotNull());
    assertThat(onPostsWithPins)
        .extracting(c -> c.id)
        .containsExactlyInAnyOrderElementsOf(
            rows.stream()
                .filter(
                    r ->
                        r.type.equals("post")
                            && rows.stream().anyMatch(p -> p.pinned && p.owner == r.owner))
                .map(Row::id)
                .toList());
  }

  @OnEachDatabase
  void writesKeepToTheirScopeAndNeverTouchTheOther(TestDatabase db) {
    List<Row> rows = fill(db);
    PostRepository posts = factory(db.dataSource()).create(PostRepository.class);
    CommentRepository comments = factory(db.dataSource()).create(CommentRepository.class);
    long owner = rows.stream().filter(r -> r.type.equals("video")).findFirst().orElseThrow().owner;
    List<Long> videoComments = ids(rows, "video", owner);

    posts.setComments(owner, List.of());
    assertThat(commentsOf(db, "video", owner)).containsExactlyElementsOf(videoComments);
    assertThat(commentsOf(db, "post", owner)).isEmpty();

    posts.removeComment(owner, videoComments.get(0));
    assertThat(commentsOf(db, "video", owner)).containsExactlyElementsOf(videoComments);

    Comment created = posts.createComment(owner, new Comment("new"));
    assertThat(created.commentableType).isEqualTo("post");
    assertThat(created.commentableId).isEqualTo(owner);
    assertThat(commentsOf(db, "post", owner)).containsExactly(created.id);

    posts.addComment(owner, videoComments.get(0));
    assertThat(commentsOf(db, "post", owner)).containsExactly(videoComments.get(0), created.id);
    assertThat(commentsOf(db, "video", owner))
        .containsExactlyElementsOf(videoComments.subList(1, videoComments.size()));

    Comment moved = comments.findById(created.id).orElseThrow();
    Video video = new Video();
    video.id = 5L;
    comments.setVideo(moved, video);
    assertThat(moved.commentableType).isEqualTo("video");
    assertThat(row(db, created.id)).isEqualTo("video:5");

    Comment onPost =
        comments.findById(videoComments.get(0)).orElseThrow(); // on the post since addComment
    comments.setVideo(onPost, null); // not the video's to unlink
    assertThat(row(db, onPost.id)).isEqualTo("post:" + owner);
    assertThat(onPost.commentableId).isEqualTo(owner);
    comments.setVideo(moved, null);
    assertThat(row(db, moved.id)).isEqualTo("video:null");
    assertThat(moved.commentableId).isNull();
  }

  private static String row(TestDatabase db, long comment) {
    return db.jdbc()
        .queryForObject(
            "SELECT commentable_type, commentable_id FROM comments WHERE id = ?",
            (row, n) -> row.getString(1) + ":" + row.getObject(2),
            comment);
  }

  @OnEachDatabase
  void manyToManyScopesKeepOneJoinTableApartForEachSide(TestDatabase db) {
    fill(db);
    for (String tag : List.of("a", "b", "c")) {
      db.jdbc().update("INSERT INTO tags (name) VALUES (?)", tag);
    }
    RepositoryFactory factory = factory(db.dataSource());
    PostRepository posts = factory.create(PostRepository.class);
    VideoRepository videos = factory.create(VideoRepository.class);
    TagRepository tags = factory.create(TagRepository.class);

    posts.addTags(1L, List.of(1L, 2L), new Tagging("ann"));
    videos.addTags(1L, List.of(2L, 3L));
    videos.addTags(2L, List.of(1L));
    posts.setTags(1L, List.of(2L));

    assertThat(taggings(db))
        .containsExactly("2:1:post:ann", "2:1:video:null", "3:1:video:null", "1:2:video:null");
    assertThat(posts.countTags(1L)).isEqualTo(1);
    assertThat(posts.findAll(Query.where("id").is(1L).include("tags")).get(0).tags)
        .extracting(t -> t.id + ":" + t.tagging.taggableType + ":" + t.tagging.addedBy)
        .containsExactly("2:post:ann");
    assertThat(videos.getTags(List.of(1L, 2L)).get(1L))
        .extracting(t -> t.id)
        .containsExactlyInAnyOrder(2L, 3L);
    Tag two = tags.findAll(Query.where("id").is(2L).include("posts", "videos")).get(0);
    assertThat(two.posts).extracting(p -> p.id).containsExactly(1L);
    assertThat(two.videos).extracting(v -> v.id).containsExactly(1L);
    assertThat(tags.findAll(Query.where(Condition.has("posts"))))
        .extracting(t -> t.id)
        .containsExactly(2L);
  }

  interface TagRepository extends AssociationRepository<Tag, Long> {}

  private static List<String> taggings(TestDatabase db) {
    return db.jdbc()
        .query(
            "SELECT tag_id, taggable_id, taggable_type, added_by FROM taggings"
                + " ORDER BY taggable_type, taggable_id, tag_id",
            (row, n) ->
                row.getLong(1)
                    + ":"
                    + row.getLong(2)
                    + ":"
                    + row.getString(3)
                    + ":"
                    + row.getString(4));
  }

  private static List<Long> commentsOf(TestDatabase db, String type, long owner) {
    return db.jdbc()
        .queryForList(
            "SELECT id FROM comments WHERE commentable_type = ? AND commentable_id = ? ORDER BY id",
            Long.class,
            type,
            owner);
  }
}
