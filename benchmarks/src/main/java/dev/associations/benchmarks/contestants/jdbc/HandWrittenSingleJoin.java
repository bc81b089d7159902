package dev.associations.benchmarks.contestants.jdbc;

import dev.associations.benchmarks.fixture.Counts;
import dev.associations.benchmarks.fixture.Walk;
import dev.associations.benchmarks.model.Child;
import dev.associations.benchmarks.model.Parent;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Hand-written JDBC loading the parents, children and licenses with one LEFT JOIN, repeating each
 * parent's columns on every child row; its other scenarios are {@link HandWrittenJdbc}'s.
 */
public class HandWrittenSingleJoin extends HandWrittenJdbc {

  public HandWrittenSingleJoin(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  public Counts loadParentsWithChildrenAndLicenses() {
    List<Parent> parents = new ArrayList<>();
    jdbc.query(
        "SELECT p.id, p.name, c.id, c.name, c.parent_id, l.id, l.number FROM parents p"
            + " LEFT JOIN children c ON c.parent_id = p.id LEFT JOIN licenses l ON l.child_id = c.id"
            + " ORDER BY p.id, c.id",
        row -> {
          long id = row.getLong(1);
          Parent parent = parents.isEmpty() ? null : parents.get(parents.size() - 1);
          if (parent == null || parent.id != id) {
            parent = parent(row, 0);
            parent.children = new ArrayList<>();
            parents.add(parent);
          }
          row.getLong(3);
          if (!row.wasNull()) {
            Child child = childWithLicense(row, 3);
            parent.children.add(child);
          }
        });
    return Walk.parents(parents);
  }
}
