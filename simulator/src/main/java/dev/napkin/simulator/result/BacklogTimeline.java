package dev.napkin.simulator.result;

import java.util.List;

/**
 * A stage's mean backlog (records waiting or in service) over simulated time, averaged over the
 * replications: bucket {@code k} covers [{@code fromNanos + k × bucketNanos}, the next bucket), and
 * the buckets run to the end of the measured period, or to where an unstable run stopped.
 */
public record BacklogTimeline(long fromNanos, long bucketNanos, List<Double> meanBacklog) {
  public BacklogTimeline {
    meanBacklog = List.copyOf(meanBacklog);
    if (bucketNanos <= 0) {
      throw new IllegalArgumentException("buckets need a width, got " + bucketNanos);
    }
  }

  /** Where bucket {@code k} starts, in seconds of simulated time. */
  public double bucketStartSeconds(int k) {
    return (fromNanos + k * bucketNanos) / 1e9;
  }

  /** The largest bucket mean (0 for an empty timeline). */
  public double peak() {
    return meanBacklog.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
