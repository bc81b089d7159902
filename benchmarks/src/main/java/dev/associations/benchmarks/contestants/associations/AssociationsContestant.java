package dev.associations.benchmarks.contestants.associations;

import dev.associations.benchmarks.fixture.Contestant;
import dev.associations.benchmarks.fixture.Counts;
import dev.associations.benchmarks.fixture.Walk;
import dev.associations.benchmarks.model.BenchmarkModels;
import dev.associations.benchmarks.model.Child;
import dev.associations.benchmarks.model.ChildRepository;
import dev.associations.benchmarks.model.Parent;
import dev.associations.benchmarks.model.ParentRepository;
import dev.associations.dialect.Dialects;
import dev.associations.repository.Query;
import dev.associations.repository.RepositoryFactory;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** This project: repositories from a {@link RepositoryFactory}, includes and mixins as a user writes them. */
public class AssociationsContestant implements Contestant {

  private final ParentRepository parents;
  private final ChildRepository children;

  public AssociationsContestant(DataSource dataSource) {
    RepositoryFactory factory = new RepositoryFactory(BenchmarkModels.registry(Dialects.detect(dataSource)),
        dataSource, new JdbcTransactionManager(dataSource));
    this.parents = factory.create(ParentRepository.class);
    this.children = factory.create(ChildRepository.class);
  }

  @Override
  public Counts loadParentsWithChildrenAndLicenses() {
    return Walk.parents(parents.findAll(Query.all().orderBy("id").include("children.license")));
  }

  @Override
  public Counts loadParentWithChildrenAndClubs(long parentId) {
    return Walk.parents(List.of(parents.findById(parentId, "children", "clubs").orElseThrow()));
  }

  @Override
  public void addChildren(long parentId, List<String> names) {
    children.saveAll(names.stream().map(name -> child(parentId, name)).toList());
  }

  @Override
  public void setClubs(long parentId, List<Long> clubIds) {
    parents.setClubs(parentId, clubIds);
  }

  private static Child child(long parentId, String name) {
    Child child = new Child();
    child.parentId = parentId;
    child.name = name;
    return child;
  }
}
