package dev.napkin.simulator.metrics;

import dev.napkin.model.unit.Duration;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * An immutable latency histogram (nanoseconds, 3 significant digits) kept after a run so verdicts
 * for another SLA can be computed without simulating again. Percentiles are the highest value
 * equivalent to the bucket they fall in: at most 0.1 % high, never low, so an SLA check errs on the
 * safe side.
 */
public final class LatencyDistribution {
  private static final double NANOS_PER_SECOND = 1e9;

  private final Histogram histogram;

  private LatencyDistribution(Histogram histogram) {
    this.histogram = histogram;
  }

  /** A copy of a replication's histogram; later changes to it do not show here. */
  public static LatencyDistribution copyOf(Histogram source) {
    return new LatencyDistribution(source.copy());
  }

  public static LatencyDistribution empty() {
    return new LatencyDistribution(new Histogram(3));
  }

  /** All samples of the given distributions together (the pooled distribution). */
  public static LatencyDistribution merge(List<LatencyDistribution> parts) {
    Histogram pooled = new Histogram(3);
    for (LatencyDistribution part : parts) {
      pooled.add(part.histogram);
    }
    return new LatencyDistribution(pooled);
  }

  public long count() {
    return histogram.getTotalCount();
  }

  public boolean isEmpty() {
    return count() == 0;
  }

  public double meanSeconds() {
    return requireSamples().getMean() / NANOS_PER_SECOND;
  }

  public double maxSeconds() {
    return requireSamples().getMaxValue() / NANOS_PER_SECOND;
  }

  /** The latency at a percentile in (0, 100], in seconds. */
  public double percentileSeconds(double percentile) {
    if (!(percentile > 0 && percentile <= 100)) {
      throw new IllegalArgumentException("a percentile is in (0, 100], got " + percentile);
    }
    return requireSamples().getValueAtPercentile(percentile) / NANOS_PER_SECOND;
  }

  /** The share of samples at or below {@code target} (to the histogram's 0.1 % resolution). */
  public double shareWithin(Duration target) {
    if (isEmpty()) {
      return 0;
    }
    long within = histogram.getCountBetweenValues(0, target.nanos());
    return within / (double) count();
  }

  private Histogram requireSamples() {
    if (isEmpty()) {
      throw new IllegalStateException("no latency samples were recorded");
    }
    return histogram;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LatencyDistribution that && histogram.equals(that.histogram);
  }

  @Override
  public int hashCode() {
    return histogram.hashCode();
  }

  @Override
  public String toString() {
    return "LatencyDistribution[count=" + count() + "]";
  }
}
