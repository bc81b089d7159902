package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.annotation.HasMany;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A hundred thousand ids, single and composite, in one call: keys go in chunks under every driver's
 * parameter limit (PostgreSQL refuses more than 65,535 in one statement).
 */
class ManyKeysIntegrationTest {

  private static final int COUNT = 100_000;

  @Model
  static class Tag {
    @PrimaryKey Long id;
    String label;

    @HasMany(inverse = @Inverse("tag"))
    List<Mark> marks;
  }

  @Model
  static class Mark {
    @PrimaryKey Long id;
    Tag tag;
  }

  @Model
  static class Cell {
    @PrimaryKey Integer line;
    @PrimaryKey Integer place;
    String text;
  }

  record CellId(Integer line, Integer place) {}

  interface TagRepository extends AssociationRepository<Tag, Long> {}

  interface CellRepository extends AssociationRepository<Cell, CellId> {}

  @OnEachDatabase
  void aHundredThousandIdsAreFoundSavedAndLoadedWithIncludes(TestDatabase db) {
    AssociationRegistry registry =
        AssociationRegistry.builder().addModels(Tag.class, Mark.class, Cell.class).build();
    new SchemaGenerator(registry, db.dialect()).create(db.dataSource());
    for (long from = 1; from <= COUNT; from += 10_000) {
      long start = from;
      db.jdbc()
          .batchUpdate(
              "INSERT INTO tags (id, label) VALUES (?, ?)",
              LongStream.range(start, start + 10_000)
                  .mapToObj(i -> new Object[] {i, "t" + i})
                  .toList());
    }
    db.jdbc()
        .batchUpdate(
            "INSERT INTO marks (id, tag_id) VALUES (?, ?)",
            List.of(new Object[] {1, 7}, new Object[] {2, 99_999}, new Object[] {3, 99_999}));
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    RepositoryFactory factory =
        new RepositoryFactory(registry, dataSource, new DataSourceTransactionManager(dataSource));
    TagRepository tags = factory.create(TagRepository.class);
    CellRepository cells = factory.create(CellRepository.class);
    List<Long> ids = LongStream.rangeClosed(1, COUNT).boxed().toList();

    assertThat(tags.findAllById(ids)).hasSize(COUNT);
    List<Tag> withMarks = tags.findAllById(ids, "marks");
    assertThat(withMarks).hasSize(COUNT);
    assertThat(withMarks.stream().mapToInt(t -> t.marks.size()).sum()).isEqualTo(3);

    List<Cell> all = new ArrayList<>();
    IntStream.range(0, COUNT)
        .forEach(
            i -> {
              Cell cell = new Cell();
              cell.line = i / 1000;
              cell.place = i % 1000;
              cell.text = "c" + i;
              all.add(cell);
            });
    cells.saveAll(all); // a key-based model: which rows exist is asked for all 100,000 keys
    all.forEach(cell -> cell.text = cell.text + "!");
    cells.saveAll(all);
    List<CellId> cellIds = all.stream().map(c -> new CellId(c.line, c.place)).toList();

    List<Cell> found = cells.findAllById(cellIds);
    assertThat(found).hasSize(COUNT).allMatch(cell -> cell.text.endsWith("!"));
    assertThat(cells.count()).isEqualTo(COUNT);
  }
}
