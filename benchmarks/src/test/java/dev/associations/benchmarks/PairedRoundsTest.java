package dev.associations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.associations.benchmarks.PairedRounds.Ratio;
import dev.associations.benchmarks.PairedRounds.Result;
import dev.associations.benchmarks.PairedRounds.Settings;
import dev.associations.benchmarks.fixture.BenchmarkDatabase;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paired ratios are taken round by round, then summarized by median and quartiles. */
class PairedRoundsTest {

  @Test
  void quantilesInterpolateBetweenTheClosestRanks() {
    double[] values = {4, 1, 3, 2};

    assertThat(PairedRounds.median(values)).isEqualTo(2.5);
    assertThat(PairedRounds.quantile(values, 0.25)).isEqualTo(1.75);
    assertThat(PairedRounds.quantile(values, 1)).isEqualTo(4);
  }

  @Test
  void aRatioDividesTimesOfTheSameRound() {
    // the floor's slow second round slows the contestant alike: the ratio stays 2
    Result floor = new Result(Scenario.LOAD_ALL, "H2", "jdbc", new double[] {1, 10, 2});
    Result ours = new Result(Scenario.LOAD_ALL, "H2", "associations", new double[] {2, 20, 6});

    Ratio ratio = ours.over(floor);

    assertThat(ratio.median()).isEqualTo(2);
    assertThat(ratio.low()).isEqualTo(2);
    assertThat(ratio.high()).isEqualTo(2.5);
    assertThat(ours.nanosPerCall()).isEqualTo(6);
  }

  @Test
  void everyContestantRunsInEveryRound() throws Exception {
    Settings settings = new Settings(50, 5, 3);

    List<Result> results =
        new PairedRounds(settings, 1)
            .measure(
                Scenario.FILTER_EXISTS, BenchmarkDatabase.H2, Scenario.FILTER_EXISTS.contestants());

    assertThat(results).extracting(Result::contestant).containsExactly("jdbc", "associations");
    assertThat(results)
        .allSatisfy(r -> assertThat(Arrays.stream(r.nanos())).hasSize(3).allMatch(n -> n > 0));
    assertThat(results.get(0).over(results.get(0)).median()).isCloseTo(1, within(1e-9));
  }
}
