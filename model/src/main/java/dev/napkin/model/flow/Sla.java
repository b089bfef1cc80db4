package dev.napkin.model.flow;

import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Ratio;
import java.util.Optional;

/**
 * What consumers of a sink are promised: the {@code percentile} of latency within {@code latency},
 * and at least {@code completeness} of records in their first result. Any field may be absent: a
 * sink's SLA is merged field by field over {@code defaults.sla}.
 */
public record Sla(
    Optional<Duration> latency, Optional<Double> percentile, Optional<Ratio> completeness) {
  public static final double DEFAULT_PERCENTILE = 95;
  public static final Sla NONE = new Sla(Optional.empty(), Optional.empty(), Optional.empty());

  public static Sla of(Duration latency, double percentile) {
    return new Sla(Optional.of(latency), Optional.of(percentile), Optional.empty());
  }

  /** This SLA's fields where set, else the fallback's. */
  public Sla over(Sla fallback) {
    return new Sla(
        latency.or(fallback::latency),
        percentile.or(fallback::percentile),
        completeness.or(fallback::completeness));
  }

  public boolean isEmpty() {
    return latency.isEmpty() && percentile.isEmpty() && completeness.isEmpty();
  }

  /** The percentile to check, 95 unless set. */
  public double percentileOrDefault() {
    return percentile.orElse(DEFAULT_PERCENTILE);
  }

  /** True when there is something to check: a latency target or a completeness target. */
  public boolean hasTarget() {
    return latency.isPresent() || completeness.isPresent();
  }
}
