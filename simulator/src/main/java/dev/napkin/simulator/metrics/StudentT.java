package dev.napkin.simulator.metrics;

/**
 * Student's t distribution for integer degrees of freedom, computed with {@link StrictMath} only so
 * a confidence interval prints the same on every JDK.
 *
 * <p>The CDF uses the closed finite sums for integer ν (Abramowitz &amp; Stegun 26.7.3–26.7.4); the
 * quantile inverts it by bisection, which is slow-ish but exact to double precision and has no
 * approximation to tune.
 */
public final class StudentT {
  private static final int MAX_BISECTIONS = 200;

  private StudentT() {}

  /** The value t with P(T ≤ t) = {@code p} for ν = {@code degreesOfFreedom}. */
  public static double quantile(double p, int degreesOfFreedom) {
    requireDegrees(degreesOfFreedom);
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("a quantile needs 0 < p < 1, got " + p);
    }
    if (p == 0.5) {
      return 0;
    }
    double target = StrictMath.abs(2 * p - 1);
    double low = 0;
    double high = 1;
    while (centralProbability(high, degreesOfFreedom) < target) {
      low = high;
      high *= 2;
    }
    for (int i = 0; i < MAX_BISECTIONS; i++) {
      double mid = low + (high - low) / 2;
      if (mid <= low || mid >= high) {
        break;
      }
      if (centralProbability(mid, degreesOfFreedom) < target) {
        low = mid;
      } else {
        high = mid;
      }
    }
    double t = low + (high - low) / 2;
    return p > 0.5 ? t : -t;
  }

  /** P(T ≤ t). */
  public static double cdf(double t, int degreesOfFreedom) {
    requireDegrees(degreesOfFreedom);
    double central = centralProbability(StrictMath.abs(t), degreesOfFreedom);
    return t >= 0 ? 0.5 + central / 2 : 0.5 - central / 2;
  }

  /** P(|T| ≤ t) for t ≥ 0. */
  static double centralProbability(double t, int nu) {
    if (Double.isInfinite(t)) {
      return 1;
    }
    double theta = StrictMath.atan2(t, StrictMath.sqrt(nu));
    double cos = StrictMath.cos(theta);
    double sin = StrictMath.sin(theta);
    double cos2 = cos * cos;
    if (nu % 2 == 1) {
      double sum = 0;
      double term = cos;
      for (int k = 1; 2 * k + 1 <= nu; k++) {
        sum += term;
        term *= cos2 * (2.0 * k) / (2.0 * k + 1);
      }
      return StrictMath.min(1, 2 / StrictMath.PI * (theta + sin * sum));
    }
    double sum = 0;
    double term = 1;
    for (int k = 1; 2 * k <= nu; k++) {
      sum += term;
      term *= cos2 * (2.0 * k - 1) / (2.0 * k);
    }
    return StrictMath.min(1, sin * sum);
  }

  private static void requireDegrees(int degreesOfFreedom) {
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException(
          "degrees of freedom must be at least 1, got " + degreesOfFreedom);
    }
  }
}
