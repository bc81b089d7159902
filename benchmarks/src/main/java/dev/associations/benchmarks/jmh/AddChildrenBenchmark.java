package dev.associations.benchmarks.jmh;

import dev.associations.benchmarks.fixture.BenchmarkData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 1,000 new children for one parent; the parent rotates, and the new rows are deleted after every
 * iteration, so that no parent's family keeps growing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AddChildrenBenchmark {

  static final List<String> NAMES = IntStream.range(0, 1_000).mapToObj(i -> "added " + i).toList();

  @Param({"H2", "POSTGRESQL"})
  public String database;

  @Param({"jdbc", "associations", "spring-data-jdbc", "hibernate"})
  public String contestant;

  private Subject subject;
  private long next;

  @Setup(Level.Trial)
  public void open() {
    subject = new Subject(database, contestant);
  }

  @TearDown(Level.Iteration)
  public void removeAdded() {
    new JdbcTemplate(subject.dataSource()).update("DELETE FROM children WHERE name LIKE 'added %'");
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    subject.close();
  }

  @Benchmark
  public void addChildren() {
    next = next % BenchmarkData.PARENTS + 1;
    subject.contestant().addChildren(next, NAMES);
  }
}
