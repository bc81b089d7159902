package dev.associations.benchmarks;

/**
 * One JMH result.
 *
 * @param database {@code H2} or {@code POSTGRESQL}, or {@code null} for the registry benchmark
 * @param score the mean time per operation
 * @param error the half width of its 99.9% confidence interval
 * @param unit {@code ms/op} or {@code us/op}
 */
record Measurement(Scenario scenario, String database, String contestant, double score, double error, String unit) {
}
