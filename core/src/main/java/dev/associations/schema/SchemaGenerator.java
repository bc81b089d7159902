package dev.associations.schema;

import dev.associations.dialect.Dialect;
import dev.associations.internal.dialect.RegistryDialects;
import dev.associations.metadata.ForeignKeyMetadata;
import dev.associations.registry.AssociationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Renders the DDL of a registry's tables for one database: every model table and plain join table,
 * with primary keys, {@code UNIQUE} constraints (HasOne foreign keys, referenced non-primary keys,
 * join model key pairs) and foreign keys with their {@code ON DELETE} / {@code ON UPDATE} actions.
 * Tables come after the tables they reference; a cycle is closed with {@code ALTER TABLE ... ADD
 * CONSTRAINT} once its tables exist. Foreign keys get an index each (unless a primary key or unique
 * constraint starts with their columns, or the database indexes its constraints itself, as H2 and
 * InnoDB do), so that loading associations never scans a table. Output is deterministic.
 *
 * <p>Every problem (an action or type the database cannot handle, an invalid default value, an
 * identifier over the database's limit) is reported at construction, all at once, as a {@link
 * SchemaGenerationException}.
 */
public final class SchemaGenerator {

  private final Dialect dialect;
  private final List<String> createStatements;
  private final List<String> dropStatements;

  /** Each table's CREATE TABLE and CREATE INDEX statements, in creation order. */
  private final Map<String, List<String>> tableStatements = new LinkedHashMap<>();

  /** Each cycle-closing ALTER TABLE, by the table it alters. */
  private final List<Map.Entry<String, String>> deferredStatements = new ArrayList<>();

  /**
   * The schema for the registry's dialect. It never asks a database: a registry without a dialect
   * is rejected.
   *
   * @throws IllegalArgumentException when the registry was built without a dialect
   * @throws SchemaGenerationException listing every problem found
   */
  public SchemaGenerator(AssociationRegistry registry) {
    this(
        registry,
        registry
            .dialect()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The registry has no dialect to generate a schema for: build it with AssociationRegistry.builder()"
                            + ".dialect(...), or use new SchemaGenerator(registry, dialect)")));
  }

  /**
   * The schema for this dialect, which must be the registry's when it has one.
   *
   * @throws IllegalArgumentException when the registry was checked against another dialect
   * @throws SchemaGenerationException listing every problem found
   */
  public SchemaGenerator(AssociationRegistry registry, Dialect dialect) {
    RegistryDialects.requireAgreement(
        registry, dialect, "SchemaGenerator", "new SchemaGenerator(registry)");
    CreationOrder order = CreationOrder.of(SchemaModel.tables(registry));
    DdlRenderer ddl = new DdlRenderer(dialect);
    List<String> create = new ArrayList<>();
    order
        .tables()
        .forEach(
            table -> {
              create.add(ddl.createTable(table));
              tableStatements.put(
                  table.name(), new ArrayList<>(List.of(create.get(create.size() - 1))));
            });
    order
        .deferred()
        .forEach(
            fk -> {
              create.add(ddl.addForeignKey(fk));
              deferredStatements.add(Map.entry(fk.table(), create.get(create.size() - 1)));
            });
    // indexes for loading by foreign key, unless the database indexes its constraints itself
    order
        .tables()
        .forEach(
            table ->
                table.keyIndexes().stream()
                    .filter(index -> !(index.constrained() && dialect.indexesForeignKeys()))
                    .forEach(
                        index -> {
                          create.add(ddl.createIndex(table.name(), index));
                          statementsOf(table.name()).add(create.get(create.size() - 1));
                        }));
    List<String> drop = new ArrayList<>();
    List<ForeignKeyMetadata> deferred = new ArrayList<>(order.deferred());
    Collections.reverse(deferred);
    deferred.forEach(fk -> drop.add(ddl.dropForeignKey(fk)));
    List<TableDefinition> tables = new ArrayList<>(order.tables());
    Collections.reverse(tables);
    tables.forEach(table -> drop.add(ddl.dropTable(table.name())));
    if (!ddl.problems().isEmpty()) {
      throw new SchemaGenerationException(ddl.problems());
    }
    this.dialect = dialect;
    this.createStatements = List.copyOf(create);
    this.dropStatements = List.copyOf(drop);
  }

  /** The statements creating the schema, in execution order, without trailing semicolons. */
  public List<String> createStatements() {
    return createStatements;
  }

  /**
   * The statements dropping the schema: first the foreign keys that closed cycles, then every table
   * in reverse creation order, each {@code IF EXISTS}.
   */
  public List<String> dropStatements() {
    return dropStatements;
  }

  /** The create statements as a script, each ended by {@code ;}, for Flyway or Liquibase. */
  public String createScript() {
    return String.join(";\n", createStatements) + ";";
  }

  /** Writes {@link #createScript()} to a file, creating its directory if needed. */
  public void writeCreateScript(Path file) {
    try {
      Path directory = file.toAbsolutePath().getParent();
      if (directory != null) {
        Files.createDirectories(directory);
      }
      Files.writeString(file, createScript() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the schema script to " + file, e);
    }
  }

  /** Executes the create statements one by one; DDL may commit on its own (MariaDB, MySQL). */
  public void create(DataSource dataSource) {
    execute(dataSource, createStatements);
  }

  /**
   * Creates the tables the database lacks (with their indexes, and the foreign keys that close
   * cycles among them), leaving the existing ones alone; a caller validates those.
   *
   * @return the tables created, in creation order
   */
  public List<String> createMissing(DataSource dataSource) {
    Set<String> existing =
        new JdbcTemplate(dataSource)
            .execute(
                (ConnectionCallback<Set<String>>)
                    connection -> {
                      DatabaseMetaData metaData = connection.getMetaData();
                      LiveNames names = LiveNames.of(metaData, dialect);
                      Set<String> found = new HashSet<>();
                      for (String table : tableStatements.keySet()) {
                        if (names.tableExists(
                            metaData, connection.getCatalog(), connection.getSchema(), table)) {
                          found.add(table);
                        }
                      }
                      return found;
                    });
    List<String> created =
        tableStatements.keySet().stream().filter(t -> !existing.contains(t)).toList();
    List<String> statements = new ArrayList<>();
    created.forEach(table -> statements.add(statementsOf(table).get(0)));
    deferredStatements.stream()
        .filter(d -> created.contains(d.getKey()))
        .forEach(d -> statements.add(d.getValue()));
    created.forEach(
        table -> statements.addAll(statementsOf(table).subList(1, statementsOf(table).size())));
    execute(dataSource, statements);
    return created;
  }

  /** The CREATE TABLE and CREATE INDEX statements of a table, which every table has. */
  private List<String> statementsOf(String table) {
    return Objects.requireNonNull(tableStatements.get(table), table);
  }

  /** Executes the drop statements one by one. */
  public void drop(DataSource dataSource) {
    execute(dataSource, dropStatements);
  }

  private static void execute(DataSource dataSource, List<String> statements) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    statements.forEach(jdbc::execute);
  }
}
