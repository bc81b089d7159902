package dev.associations.benchmarks.jmh;

import com.zaxxer.hikari.HikariDataSource;
import dev.associations.benchmarks.contestants.Contestants;
import dev.associations.benchmarks.fixture.BenchmarkDatabase;
import dev.associations.benchmarks.fixture.Contestant;

/** One contestant on one freshly filled database, for one JMH trial. */
final class Subject implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final Contestant contestant;

  Subject(String database, String contestant) {
    this.dataSource = BenchmarkDatabase.valueOf(database).openWithData();
    this.contestant = Contestants.of(contestant).create(dataSource);
  }

  Contestant contestant() {
    return contestant;
  }

  HikariDataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() throws Exception {
    contestant.close();
    dataSource.close();
  }
}
