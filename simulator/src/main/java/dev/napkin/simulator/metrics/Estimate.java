package dev.napkin.simulator.metrics;

import java.util.List;

/**
 * A value estimated from {@code n} independent replications: their mean and a 95 % confidence
 * interval (Student t, {@code n − 1} degrees of freedom). With one replication the interval is the
 * point itself: there is nothing to say about its spread.
 */
public record Estimate(double mean, double low, double high, int n) {
  /** The confidence level of every interval Napkin reports. */
  public static final double LEVEL = 0.95;

  public Estimate {
    if (n < 1) {
      throw new IllegalArgumentException("an estimate needs at least one value");
    }
    if (!(low <= mean && mean <= high)) {
      throw new IllegalArgumentException(
          "an estimate's interval must contain its mean: " + low + " ≤ " + mean + " ≤ " + high);
    }
  }

  /** One value, known exactly (or from one replication). */
  public static Estimate point(double value) {
    return new Estimate(value, value, value, 1);
  }

  /** The mean of the replications' values and its 95 % Student t interval. */
  public static Estimate of(List<Double> values) {
    return of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The mean of the replications' values and its 95 % Student t interval. */
  public static Estimate of(double... values) {
    int n = values.length;
    if (n == 0) {
      throw new IllegalArgumentException("an estimate needs at least one value");
    }
    double min = values[0];
    double max = values[0];
    double sum = 0;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("cannot estimate from a non-finite value: " + v);
      }
      sum += v;
      min = StrictMath.min(min, v);
      max = StrictMath.max(max, v);
    }
    if (min == max) {
      // Identical values: exactly that value, no rounding noise in the mean or the spread.
      return new Estimate(min, min, min, n);
    }
    double mean = StrictMath.min(max, StrictMath.max(min, sum / n));
    if (n == 1) {
      return point(mean);
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double standardError = StrictMath.sqrt(squares / (n - 1) / n);
    double half = StudentT.quantile(1 - (1 - LEVEL) / 2, n - 1) * standardError;
    return new Estimate(mean, mean - half, mean + half, n);
  }

  /** The interval cut to what the value can be (a share in [0, 1], a latency ≥ 0). */
  public Estimate clamped(double min, double max) {
    double m = StrictMath.min(max, StrictMath.max(min, mean));
    return new Estimate(
        m,
        StrictMath.max(min, StrictMath.min(low, m)),
        StrictMath.min(max, StrictMath.max(high, m)),
        n);
  }

  public double halfWidth() {
    return (high - low) / 2;
  }

  /** The same estimate in other units (for example nanoseconds to seconds). */
  public Estimate scaled(double factor) {
    if (factor < 0) {
      throw new IllegalArgumentException("scale by a non-negative factor, got " + factor);
    }
    return new Estimate(mean * factor, low * factor, high * factor, n);
  }
}
