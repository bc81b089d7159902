package dev.associations.benchmarks.contestants.springdata;

import dev.associations.benchmarks.fixture.Contestant;
import dev.associations.benchmarks.fixture.Counts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Spring Data JDBC as its documentation models it: one {@link Parent} aggregate holding its
 * children (each with its license) and its club memberships (references to the {@link Club}
 * aggregate), a {@link ParentRepository}, no SQL of our own. Loads read whole aggregates; writes
 * load the aggregate, change it and save it.
 *
 * <p>Single query loading ({@code RelationalMappingContext#setSingleQueryLoadingEnabled}) is left
 * off: Spring Data JDBC 4.1 uses it only for aggregates whose references are all collections
 * directly on the root, only in unsorted {@code findAll}, {@code findById} and {@code findAllById},
 * and only on dialects that support it (not H2). The license (one-to-one, nested in a child) rules
 * it out for this aggregate on every database, so the flag would change nothing; Spring Data JDBC
 * joins the one-to-one into the children's select instead (one select per collection per parent).
 */
public class SpringDataJdbcContestant implements Contestant {

  private final AnnotationConfigApplicationContext context;
  private final ParentRepository parents;

  public SpringDataJdbcContestant(DataSource dataSource) {
    context = new AnnotationConfigApplicationContext();
    // wrapped: the context must not close the caller's data source (Spring infers close() as its
    // destroy method)
    context.registerBean(DataSource.class, () -> new DelegatingDataSource(dataSource));
    context.register(Config.class);
    context.refresh();
    parents = context.getBean(ParentRepository.class);
  }

  @Override
  public Counts loadParentsWithChildrenAndLicenses() {
    List<Parent> all = parents.findAll(Sort.by("id"));
    int children = 0;
    int licenses = 0;
    for (Parent parent : all) {
      children += parent.children.size();
      for (Child child : parent.children) {
        licenses += child.license == null ? 0 : 1;
      }
    }
    // the aggregate holds the parents' club memberships too, loaded but not asked for here
    return new Counts(all.size(), children, licenses, 0);
  }

  @Override
  public Counts loadParentWithChildrenAndClubs(long parentId) {
    Parent parent = parents.findById(parentId).orElseThrow();
    // the children's licenses come with the aggregate, but are not asked for here
    return new Counts(1, parent.children.size(), 0, parent.clubs.size());
  }

  @Override
  public void addChildren(long parentId, List<String> names) {
    Parent parent = parents.findById(parentId).orElseThrow();
    names.forEach(name -> parent.children.add(new Child(name)));
    parents.save(parent);
  }

  @Override
  public void setClubs(long parentId, List<Long> clubIds) {
    Parent parent = parents.findById(parentId).orElseThrow();
    parent.clubs = clubIds.stream().map(ClubRef::to).collect(Collectors.toSet());
    parents.save(parent);
  }

  @Override
  public void close() {
    context.close();
  }

  /** What Spring Boot's auto-configuration would set up: the JDBC beans and the repositories. */
  @Configuration(proxyBeanMethods = false)
  @EnableJdbcRepositories(basePackageClasses = SpringDataJdbcContestant.class)
  static class Config extends AbstractJdbcConfiguration {

    /**
     * Unquoted identifiers: the schema's names are lower case, which H2 (DATABASE_TO_LOWER) and
     * PostgreSQL fold unquoted names to, whereas Spring Data's H2 dialect would quote them upper
     * case.
     */
    @Override
    public JdbcMappingContext jdbcMappingContext(
        Optional<NamingStrategy> namingStrategy,
        JdbcCustomConversions customConversions,
        RelationalManagedTypes jdbcManagedTypes) {
      JdbcMappingContext mappingContext =
          super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
      mappingContext.setForceQuote(false);
      return mappingContext;
    }

    @Bean
    NamedParameterJdbcTemplate namedParameterJdbcTemplate(DataSource dataSource) {
      return new NamedParameterJdbcTemplate(dataSource);
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
      return new JdbcTransactionManager(dataSource);
    }
  }
}
