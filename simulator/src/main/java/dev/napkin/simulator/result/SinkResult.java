package dev.napkin.simulator.result;

import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.metrics.Estimate;
import dev.napkin.simulator.metrics.LatencyDistribution;
import dev.napkin.simulator.metrics.SinkStats;
import java.util.List;
import java.util.Optional;

/**
 * What one mode delivered at one sink over all replications. Counts ({@code records}, {@code late},
 * {@code dropped}) are means per replication, rounded: one replication's worth, so they keep the
 * horizon's scale whatever the number of replications. {@code slaLatency} is the latency at the
 * SLA's percentile; {@code slaAttainment} the pooled share of results within the latency target.
 * The pooled and per-replication distributions are kept so another SLA can be judged without
 * simulating again ({@link #withSla}).
 */
public record SinkResult(
    NodeId sink,
    long records,
    Optional<LatencySummary> latency,
    Sla sla,
    Optional<Estimate> slaLatency,
    Optional<Double> slaAttainment,
    boolean slaMet,
    Estimate completeness,
    long late,
    long dropped,
    LatencyDistribution pooled,
    List<LatencyDistribution> replications) {

  public SinkResult {
    replications = List.copyOf(replications);
    if (replications.isEmpty()) {
      throw new IllegalArgumentException("a sink result needs at least one replication");
    }
  }

  /** Judges one sink's replications against its SLA; an unstable run meets no SLA. */
  public static SinkResult of(NodeId sink, Sla sla, boolean stable, List<SinkStats> replications) {
    List<LatencyDistribution> distributions =
        replications.stream().map(s -> LatencyDistribution.copyOf(s.latencies())).toList();
    LatencyDistribution pooled = LatencyDistribution.merge(distributions);
    Estimate completeness =
        Estimate.of(replications.stream().mapToDouble(SinkStats::completeness).toArray())
            .clamped(0, 1);
    Optional<LatencySummary> latency =
        pooled.isEmpty() ? Optional.empty() : Optional.of(LatencySummary.of(distributions));
    SinkResult unjudged =
        new SinkResult(
            sink,
            meanCount(replications.stream().mapToLong(SinkStats::results).toArray()),
            latency,
            sla,
            Optional.empty(),
            Optional.empty(),
            false,
            completeness,
            meanCount(replications.stream().mapToLong(SinkStats::late).toArray()),
            meanCount(replications.stream().mapToLong(SinkStats::dropped).toArray()),
            pooled,
            distributions);
    return unjudged.withSla(sla, stable);
  }

  /**
   * The same results judged against another SLA: the SLA's percentile (upper 95 % bound) within its
   * latency target and completeness (lower 95 % bound) at or above its target; with one
   * replication, the point estimates. Nothing is met when the run was unstable.
   */
  public SinkResult withSla(Sla newSla, boolean stable) {
    Optional<Estimate> atPercentile =
        pooled.isEmpty()
            ? Optional.empty()
            : Optional.of(percentileEstimate(newSla.percentileOrDefault()));
    Optional<Double> attainment = newSla.latency().map(pooled::shareWithin);
    boolean latencyOk =
        newSla
            .latency()
            .map(target -> atPercentile.map(e -> e.high() <= target.seconds()).orElse(false))
            .orElse(true);
    boolean completenessOk =
        newSla.completeness().map(target -> completeness.low() >= target.value()).orElse(true);
    return new SinkResult(
        sink,
        records,
        latency,
        newSla,
        atPercentile,
        attainment,
        stable && latencyOk && completenessOk,
        completeness,
        late,
        dropped,
        pooled,
        replications);
  }

  /** The latency at a percentile in seconds, over the replications that saw results. */
  public Estimate percentileEstimate(double percentile) {
    return LatencySummary.over(replications, d -> d.percentileSeconds(percentile));
  }

  /** The pooled share of results at or below a latency target. */
  public double attainment(Duration target) {
    return pooled.shareWithin(target);
  }

  public double percentile() {
    return sla.percentileOrDefault();
  }

  public Optional<Duration> slaTarget() {
    return sla.latency();
  }

  /**
   * How far the SLA is missed, as a factor: the larger of {@link #latencyMiss()} and {@link
   * #completenessMiss()}. Above 1 means missed; 0 when there is no target.
   */
  public double relativeMiss() {
    return StrictMath.max(latencyMiss(), completenessMiss());
  }

  /**
   * The percentile's upper 95 % bound ÷ the latency target; 0 without a target, infinite when no
   * result arrived.
   */
  public double latencyMiss() {
    if (sla.latency().isEmpty()) {
      return 0;
    }
    double target = sla.latency().get().seconds();
    return slaLatency.map(e -> ratio(e.high(), target)).orElse(Double.POSITIVE_INFINITY);
  }

  /** The completeness target ÷ completeness's lower 95 % bound; 0 without a target. */
  public double completenessMiss() {
    return sla.completeness().map(target -> ratio(target.value(), completeness.low())).orElse(0.0);
  }

  /** Whether the latency target, rather than completeness, is the worse part of the miss. */
  public boolean latencyIsWorse() {
    return sla.latency().isPresent()
        && (sla.completeness().isEmpty() || latencyMiss() >= completenessMiss());
  }

  private static double ratio(double value, double limit) {
    if (limit > 0) {
      return value / limit;
    }
    return value <= 0 ? 1 : Double.POSITIVE_INFINITY;
  }

  /** The mean of per-replication counts, rounded half up. */
  static long meanCount(long[] counts) {
    long sum = 0;
    for (long c : counts) {
      sum = Math.addExact(sum, c);
    }
    return (sum + counts.length / 2) / counts.length;
  }
}
