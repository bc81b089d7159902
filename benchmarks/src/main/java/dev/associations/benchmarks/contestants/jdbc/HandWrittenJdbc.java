package dev.associations.benchmarks.contestants.jdbc;

import dev.associations.benchmarks.fixture.Counts;
import dev.associations.benchmarks.fixture.QueryContestant;
import dev.associations.benchmarks.fixture.Walk;
import dev.associations.benchmarks.model.Child;
import dev.associations.benchmarks.model.Club;
import dev.associations.benchmarks.model.License;
import dev.associations.benchmarks.model.Parent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The floor: what a careful developer writes by hand with {@link JdbcTemplate}, one statement per
 * level ({@code = ANY(?)} with an array of parent ids, as on PostgreSQL and H2), to-one rows joined
 * into their level, writes as JDBC batches.
 */
public class HandWrittenJdbc implements QueryContestant {

  private static final String CHILDREN_WITH_LICENSES =
      "SELECT c.id, c.name, c.parent_id, l.id, l.number"
          + " FROM children c LEFT JOIN licenses l ON l.child_id = c.id WHERE c.parent_id = ANY (?) ORDER BY c.id";
  private static final String CHILDREN =
      "SELECT id, name, parent_id FROM children WHERE parent_id = ANY (?)" + " ORDER BY id";
  private static final String NEWEST_CHILDREN =
      "SELECT id, name, parent_id FROM (SELECT id, name, parent_id,"
          + " ROW_NUMBER() OVER (PARTITION BY parent_id ORDER BY id DESC) AS n FROM children WHERE parent_id = ANY (?)) c"
          + " WHERE n <= ? ORDER BY parent_id, n";

  protected final JdbcTemplate jdbc;

  public HandWrittenJdbc(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public Counts loadParentsWithChildrenAndLicenses() {
    List<Parent> parents =
        jdbc.query("SELECT id, name FROM parents ORDER BY id", HandWrittenJdbc::parent);
    loadChildren(parents, CHILDREN_WITH_LICENSES, row -> childWithLicense(row, 1), null);
    return Walk.parents(parents);
  }

  @Override
  public Counts parentsWithChildNamed(String prefix) {
    return Walk.parents(
        jdbc.query(
            "SELECT id, name FROM parents p WHERE EXISTS (SELECT 1 FROM children c"
                + " WHERE c.parent_id = p.id AND c.name LIKE ?) ORDER BY id",
            HandWrittenJdbc::parent,
            prefix + "%"));
  }

  @Override
  public Counts parentsWithNewestChildren(int limit) {
    List<Parent> parents =
        jdbc.query("SELECT id, name FROM parents ORDER BY id", HandWrittenJdbc::parent);
    loadChildren(parents, NEWEST_CHILDREN, row -> child(row, 1), limit);
    return Walk.parents(parents);
  }

  @Override
  public Counts pageOfParentsWithChildren(int page, int size) {
    List<Parent> parents =
        jdbc.query(
            "SELECT id, name FROM parents ORDER BY name, id LIMIT ? OFFSET ?",
            HandWrittenJdbc::parent,
            size,
            (long) page * size);
    loadChildren(parents, CHILDREN, row -> child(row, 1), null);
    return Walk.parents(parents)
        .withTotal(jdbc.queryForObject("SELECT COUNT(*) FROM parents", Long.class));
  }

  /**
   * Fills the parents' children with one statement of the children by parent ids, then the limit if
   * any.
   */
  private void loadChildren(List<Parent> parents, String sql, ChildReader reader, Integer limit) {
    Map<Long, Parent> byId = new HashMap<>();
    parents.forEach(
        parent -> {
          parent.children = new ArrayList<>();
          byId.put(parent.id, parent);
        });
    Long[] ids = byId.keySet().toArray(Long[]::new);
    jdbc.query(
        con -> {
          PreparedStatement statement = con.prepareStatement(sql);
          statement.setArray(1, con.createArrayOf("BIGINT", ids));
          if (limit != null) {
            statement.setInt(2, limit);
          }
          return statement;
        },
        row -> {
          Child child = reader.read(row);
          byId.get(child.parentId).children.add(child);
        });
  }

  /** Reads a child, and what else the statement joins to it, from the current row. */
  private interface ChildReader {
    Child read(ResultSet row) throws SQLException;
  }

  @Override
  public Counts loadParentWithChildrenAndClubs(long parentId) {
    Parent parent =
        jdbc.queryForObject(
            "SELECT id, name FROM parents WHERE id = ?", HandWrittenJdbc::parent, parentId);
    parent.children =
        jdbc.query(
            "SELECT id, name, parent_id FROM children WHERE parent_id = ? ORDER BY id",
            (row, n) -> child(row, 1),
            parentId);
    parent.clubs =
        jdbc.query(
            "SELECT c.id, c.name FROM clubs c JOIN clubs_parents m ON m.club_id = c.id"
                + " WHERE m.parent_id = ? ORDER BY c.id",
            HandWrittenJdbc::club,
            parentId);
    return Walk.parents(List.of(parent));
  }

  @Override
  public void addChildren(long parentId, List<String> names) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.batchUpdate(
        con ->
            con.prepareStatement(
                "INSERT INTO children (name, parent_id) VALUES (?, ?)", new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement statement, int i) throws SQLException {
            statement.setString(1, names.get(i));
            statement.setLong(2, parentId);
          }

          @Override
          public int getBatchSize() {
            return names.size();
          }
        },
        keys);
    if (keys.getKeyList().size() != names.size()) {
      throw new IllegalStateException("expected " + names.size() + " generated keys");
    }
  }

  @Override
  public void setClubs(long parentId, List<Long> clubIds) {
    jdbc.update("DELETE FROM clubs_parents WHERE parent_id = ?", parentId);
    jdbc.batchUpdate(
        "INSERT INTO clubs_parents (club_id, parent_id) VALUES (?, ?)",
        clubIds,
        clubIds.size(),
        (statement, club) -> {
          statement.setLong(1, club);
          statement.setLong(2, parentId);
        });
  }

  static Parent parent(ResultSet row, int n) throws SQLException {
    Parent parent = new Parent();
    parent.id = row.getLong(1);
    parent.name = row.getString(2);
    return parent;
  }

  static Child child(ResultSet row, int first) throws SQLException {
    Child child = new Child();
    child.id = row.getLong(first);
    child.name = row.getString(first + 1);
    child.parentId = row.getLong(first + 2);
    return child;
  }

  static Child childWithLicense(ResultSet row, int first) throws SQLException {
    Child child = child(row, first);
    long license = row.getLong(first + 3);
    if (!row.wasNull()) {
      child.license = new License();
      child.license.id = license;
      child.license.number = row.getString(first + 4);
      child.license.childId = child.id;
    }
    return child;
  }

  static Club club(ResultSet row, int n) throws SQLException {
    Club club = new Club();
    club.id = row.getLong(1);
    club.name = row.getString(2);
    return club;
  }
}
