package dev.associations.repository;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.registry.AssociationRegistry;
import java.time.LocalDate;
import java.util.List;

/**
 * A small blog for the query tests: writers write articles (BelongsTo / HasMany), articles have
 * remarks, each by a writer (HasMany, then BelongsTo), and labels (BelongsToMany).
 */
final class QueryModels {

  private QueryModels() {}

  static AssociationRegistry registry() {
    return AssociationRegistry.builder()
        .addModels(Writer.class, Article.class, Remark.class, Label.class)
        .build();
  }

  @Model
  static class Writer {
    @PrimaryKey @AutoIncrement Long id;
    String name;
    LocalDate born;

    @HasMany(inverse = @Inverse("writer"))
    List<Article> articles;
  }

  @Model
  static class Article {
    @PrimaryKey @AutoIncrement Long id;
    String title;
    Integer likes;
    LocalDate publishedOn;
    Writer writer;

    @HasMany(inverse = @Inverse("article"))
    List<Remark> remarks;

    @BelongsToMany(inverse = @Inverse("articles"))
    List<Label> labels;
  }

  @Model
  static class Remark {
    @PrimaryKey @AutoIncrement Long id;
    String body;
    Boolean approved;
    Article article;
    @BelongsTo Writer author;
  }

  @Model
  static class Label {
    @PrimaryKey @AutoIncrement Long id;
    String name;
    List<Article> articles;
  }

  interface WriterRepository extends AssociationRepository<Writer, Long> {}

  interface ArticleRepository extends AssociationRepository<Article, Long> {}

  interface LabelRepository extends AssociationRepository<Label, Long> {}
}
