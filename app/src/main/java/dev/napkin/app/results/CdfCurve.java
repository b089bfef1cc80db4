package dev.napkin.app.results;

import dev.napkin.simulator.metrics.LatencyDistribution;
import java.util.ArrayList;
import java.util.List;

/**
 * A mode's latency distribution at a sink as points of its CDF: (latency in seconds, share of
 * results at or below it), from the pooled histogram at a fixed grid of percentiles that is denser
 * in the tail, where SLAs are judged.
 */
public record CdfCurve(String mode, List<Point> points) {
  public record Point(double seconds, double share) {}

  static final double[] PERCENTILES = grid();

  public CdfCurve {
    points = List.copyOf(points);
  }

  static CdfCurve of(String mode, LatencyDistribution pooled) {
    List<Point> points = new ArrayList<>();
    if (!pooled.isEmpty()) {
      for (double p : PERCENTILES) {
        points.add(new Point(pooled.percentileSeconds(p), p / 100));
      }
    }
    return new CdfCurve(mode, points);
  }

  private static double[] grid() {
    List<Double> values = new ArrayList<>();
    values.add(0.1);
    for (int p = 1; p <= 90; p++) {
      values.add((double) p);
    }
    for (double p = 90.5; p < 99; p += 0.5) {
      values.add(p);
    }
    for (double p : new double[] {99, 99.5, 99.9, 100}) {
      values.add(p);
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
