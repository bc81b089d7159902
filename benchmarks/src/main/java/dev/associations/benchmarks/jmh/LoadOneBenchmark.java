package dev.associations.benchmarks.jmh;

import dev.associations.benchmarks.fixture.BenchmarkData;
import dev.associations.benchmarks.fixture.Counts;
import java.util.concurrent.TimeUnit;
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

/** One parent by id with its children and its clubs (two includes); the id rotates over all parents. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoadOneBenchmark {

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

  @TearDown(Level.Trial)
  public void close() throws Exception {
    subject.close();
  }

  @Benchmark
  public Counts loadParentWithChildrenAndClubs() {
    next = next % BenchmarkData.PARENTS + 1;
    return subject.contestant().loadParentWithChildrenAndClubs(next);
  }
}
