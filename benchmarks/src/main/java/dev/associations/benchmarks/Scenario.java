package dev.associations.benchmarks;

import dev.associations.benchmarks.fixture.Contestant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** The benchmark scenarios: the JMH benchmark measuring each, and one call of it for counting statements. */
enum Scenario {

  LOAD_ALL("load 1,000 roots, two include levels", "LoadAllBenchmark.loadParentsWithChildrenAndLicenses",
      Contestant::loadParentsWithChildrenAndLicenses),
  LOAD_ONE("load one root by id, two includes", "LoadOneBenchmark.loadParentWithChildrenAndClubs",
      contestant -> contestant.loadParentWithChildrenAndClubs(1)),
  ADD_CHILDREN("add 1,000 children to one parent", "AddChildrenBenchmark.addChildren",
      contestant -> contestant.addChildren(1, IntStream.range(0, 1_000).mapToObj(i -> "counted " + i).toList())),
  SET_CLUBS("set a BelongsToMany of 100 (50 out, 50 in)", "SetClubsBenchmark.setClubs",
      contestant -> {
        contestant.setClubs(1, LongStream.rangeClosed(1, 100).boxed().toList());
        contestant.setClubs(1, LongStream.rangeClosed(51, 150).boxed().toList());
      }),
  REGISTRY("build the registry of 500 models (startup)", "RegistryBenchmark.buildRegistryOf500Models", null);

  private final String title;
  private final String benchmark;
  private final Consumer<Contestant> once;

  Scenario(String title, String benchmark, Consumer<Contestant> once) {
    this.title = title;
    this.benchmark = benchmark;
    this.once = once;
  }

  String title() {
    return title;
  }

  /** The JMH benchmark, as {@code Class.method}. */
  String benchmark() {
    return benchmark;
  }

  boolean countsStatements() {
    return once != null;
  }

  /** Runs the scenario once; {@link #SET_CLUBS} runs twice, the counts are halved. */
  void runOnce(Contestant contestant) {
    once.accept(contestant);
  }

  int callsPerRun() {
    return this == SET_CLUBS ? 2 : 1;
  }

  static Scenario ofBenchmark(String benchmark) {
    for (Scenario scenario : values()) {
      if (benchmark.endsWith(scenario.benchmark)) {
        return scenario;
      }
    }
    throw new IllegalArgumentException("no scenario for " + benchmark);
  }

  static List<Scenario> withDatabase() {
    return List.of(LOAD_ALL, LOAD_ONE, ADD_CHILDREN, SET_CLUBS);
  }
}
