package dev.associations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The scale series runs end to end on PostgreSQL at a small size: server-made data, paired loads,
 * statement counts, and the stream in a JVM of its own with a small heap.
 */
class ScaleRunTest {

  @Test
  void aSmallSeriesReportsEverySize() throws Exception {
    Assumptions.assumeTrue(
        System.getenv("ASSOCIATIONS_TEST_POSTGRES_URL") != null,
        "PostgreSQL runs when ASSOCIATIONS_TEST_POSTGRES_URL is set");

    String section = new ScaleRun(List.of(100, 2_500), new MachineLoad()).run();

    assertThat(section)
        .contains("## Scale (PostgreSQL)")
        .contains("| 100 |")
        .contains("| 2,500 |")
        .contains("| 2 / 2 |") // two statements for either size, by either contestant
        .contains("Time per root, largest over smallest size");
  }
}
