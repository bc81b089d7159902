package dev.associations.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.associations.benchmarks.contestants.associations.AssociationsContestant;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * A {@code stream} over every root of a scale schema, with both include levels, in a JVM of its own
 * started with a small heap: prints the time and the most heap in use right after a garbage
 * collection (what the stream kept alive), and fails if a root lacks its children.
 */
final class ScaleStream {

  static final int HEAP_MEGABYTES = 96;

  /** What the forked stream measured. */
  record Outcome(double nanos, long peakBytes) {}

  private ScaleStream() {}

  /** Arguments: JDBC URL, schema, expected roots. */
  public static void main(String[] args) throws Exception {
    AtomicLong peak = new AtomicLong();
    watchCollections(peak);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setSchema(args[1]);
    long expected = Long.parseLong(args[2]);
    try (HikariDataSource dataSource = new HikariDataSource(config);
        AssociationsContestant contestant = new AssociationsContestant(dataSource)) {
      LongAdder roots = new LongAdder();
      LongAdder licenses = new LongAdder();
      long start = System.nanoTime();
      contestant
          .streamParentsWithChildrenAndLicenses()
          .forEach(
              parent -> {
                roots.increment();
                parent.children.forEach(child -> licenses.add(child.license == null ? 0 : 1));
              });
      long nanos = System.nanoTime() - start;
      if (roots.sum() != expected || licenses.sum() != expected * 4) {
        throw new IllegalStateException(
            "streamed " + roots + " roots and " + licenses + " licenses");
      }
      System.out.println("outcome " + nanos + " " + peak.get());
    }
  }

  /**
   * Starts {@link #main} in a JVM with a heap of {@value #HEAP_MEGABYTES} MB and reads its outcome.
   */
  static Outcome runForked(String url, String schema, int roots) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                ScaleRun.STREAM_HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                ScaleStream.class.getName(),
                url,
                schema,
                Integer.toString(roots)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0 || !output.contains("outcome ")) {
      throw new IllegalStateException("the stream of " + roots + " roots failed:\n" + output);
    }
    String[] outcome = output.substring(output.lastIndexOf("outcome ")).trim().split("\\s+");
    return new Outcome(Double.parseDouble(outcome[1]), Long.parseLong(outcome[2]));
  }

  private static void watchCollections(AtomicLong peak) {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector)
          .addNotificationListener(
              (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    notification.getType())) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used =
                      info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                          .mapToLong(MemoryUsage::getUsed)
                          .sum();
                  peak.accumulateAndGet(used, Math::max);
                }
              },
              null,
              null);
    }
  }
}
