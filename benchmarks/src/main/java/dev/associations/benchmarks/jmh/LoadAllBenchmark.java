package dev.associations.benchmarks.jmh;

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

/** 1,000 parents with their children and each child's license (two include levels). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadAllBenchmark {

  @Param({"H2", "POSTGRESQL"})
  public String database;

  @Param({"jdbc", "jdbc-single-join", "associations", "spring-data-jdbc", "hibernate"})
  public String contestant;

  private Subject subject;

  @Setup(Level.Trial)
  public void open() {
    subject = new Subject(database, contestant);
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    subject.close();
  }

  @Benchmark
  public Counts loadParentsWithChildrenAndLicenses() {
    return subject.contestant().loadParentsWithChildrenAndLicenses();
  }
}
