package dev.napkin.simulator.result;

import dev.napkin.simulator.metrics.Estimate;
import dev.napkin.simulator.metrics.LatencyDistribution;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Latency at a sink in seconds: each statistic's mean over the replications that saw results, with
 * its 95 % interval ({@code max} is the mean of the replications' maxima).
 */
public record LatencySummary(
    Estimate mean, Estimate p50, Estimate p95, Estimate p99, Estimate max) {

  /** From the replications' distributions; empty ones are skipped, at least one must have data. */
  public static LatencySummary of(List<LatencyDistribution> replications) {
    return new LatencySummary(
        over(replications, LatencyDistribution::meanSeconds),
        over(replications, d -> d.percentileSeconds(50)),
        over(replications, d -> d.percentileSeconds(95)),
        over(replications, d -> d.percentileSeconds(99)),
        over(replications, LatencyDistribution::maxSeconds));
  }

  /** A statistic of every non-empty replication, as an estimate. */
  static Estimate over(
      List<LatencyDistribution> replications, ToDoubleFunction<LatencyDistribution> statistic) {
    double[] values =
        replications.stream().filter(d -> !d.isEmpty()).mapToDouble(statistic).toArray();
    return Estimate.of(values).clamped(0, Double.POSITIVE_INFINITY);
  }
}
