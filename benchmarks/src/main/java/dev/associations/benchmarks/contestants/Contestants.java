package dev.associations.benchmarks.contestants;

import dev.associations.benchmarks.contestants.associations.AssociationsContestant;
import dev.associations.benchmarks.contestants.hibernate.HibernateContestant;
import dev.associations.benchmarks.contestants.jdbc.HandWrittenJdbc;
import dev.associations.benchmarks.contestants.jdbc.HandWrittenSingleJoin;
import dev.associations.benchmarks.contestants.springdata.SpringDataJdbcContestant;
import dev.associations.benchmarks.fixture.Contestant;
import java.util.function.Function;
import javax.sql.DataSource;

/** Every contestant, by the name the benchmarks and the results use. */
public enum Contestants {
  JDBC("jdbc", HandWrittenJdbc::new),
  JDBC_SINGLE_JOIN("jdbc-single-join", HandWrittenSingleJoin::new),
  ASSOCIATIONS("associations", AssociationsContestant::new),
  SPRING_DATA_JDBC("spring-data-jdbc", SpringDataJdbcContestant::new),
  HIBERNATE("hibernate", HibernateContestant::new);

  private final String label;
  private final Function<DataSource, Contestant> factory;

  Contestants(String label, Function<DataSource, Contestant> factory) {
    this.label = label;
    this.factory = factory;
  }

  public String label() {
    return label;
  }

  public Contestant create(DataSource dataSource) {
    return factory.apply(dataSource);
  }

  /** The contestant with this label. */
  public static Contestants of(String label) {
    for (Contestants contestant : values()) {
      if (contestant.label.equals(label)) {
        return contestant;
      }
    }
    throw new IllegalArgumentException("no contestant '" + label + "'");
  }
}
