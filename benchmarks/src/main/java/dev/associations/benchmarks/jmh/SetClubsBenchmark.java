package dev.associations.benchmarks.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
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

/**
 * Replaces one parent's clubs (a BelongsToMany) with 100 clubs, alternating between two sets that
 * share half their clubs: every call removes 50 links and adds 50.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SetClubsBenchmark {

  static final List<Long> FIRST = LongStream.rangeClosed(1, 100).boxed().toList();
  static final List<Long> SECOND = LongStream.rangeClosed(51, 150).boxed().toList();

  @Param({"H2", "POSTGRESQL"})
  public String database;

  @Param({"jdbc", "associations", "spring-data-jdbc", "hibernate"})
  public String contestant;

  private Subject subject;
  private boolean first;

  @Setup(Level.Trial)
  public void open() {
    subject = new Subject(database, contestant);
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    subject.close();
  }

  @Benchmark
  public void setClubs() {
    first = !first;
    subject.contestant().setClubs(1, first ? FIRST : SECOND);
  }
}
