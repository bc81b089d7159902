package dev.associations.benchmarks.contestants.associations;

import dev.associations.benchmarks.fixture.Counts;
import dev.associations.benchmarks.fixture.QueryContestant;
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
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * This project: repositories from a {@link RepositoryFactory}, includes and mixins as a user writes
 * them.
 */
public class AssociationsContestant implements QueryContestant {

  private static final Query ALL_WITH_CHILDREN_AND_LICENSES =
      Query.all().orderBy("id").include("children.license");

  private final ParentRepository parents;
  private final ChildRepository children;

  public AssociationsContestant(DataSource dataSource) {
    RepositoryFactory factory =
        new RepositoryFactory(
            BenchmarkModels.registry(Dialects.detect(dataSource)),
            dataSource,
            new JdbcTransactionManager(dataSource));
    this.parents = factory.create(ParentRepository.class);
    this.children = factory.create(ChildRepository.class);
  }

  @Override
  public Counts loadParentsWithChildrenAndLicenses() {
    return Walk.parents(parentsWithChildrenAndLicenses());
  }

  /** Every parent, ordered by id, with its children and each child's license. */
  public List<Parent> parentsWithChildrenAndLicenses() {
    return parents.findAll(ALL_WITH_CHILDREN_AND_LICENSES);
  }

  /** The same, read as a stream. */
  public Stream<Parent> streamParentsWithChildrenAndLicenses() {
    return parents.stream(ALL_WITH_CHILDREN_AND_LICENSES);
  }

  @Override
  public Counts parentsWithChildNamed(String prefix) {
    return Walk.parents(
        parents.findAll(Query.where("children.name").startsWith(prefix).orderBy("id")));
  }

  @Override
  public Counts parentsWithNewestChildren(int limit) {
    return Walk.parents(
        parents.findAll(
            Query.all()
                .orderBy("id")
                .include("children", children -> children.orderByDescending("id").limit(limit))));
  }

  @Override
  public Counts pageOfParentsWithChildren(int page, int size) {
    Page<Parent> result =
        parents.findAll(
            Query.all().include("children"), PageRequest.of(page, size, Sort.by("name", "id")));
    return Walk.parents(result.getContent()).withTotal(result.getTotalElements());
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
