package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.random.Sampler;

/**
 * The equilibrium (residual) distribution of a service time S: density (1 − F(x)) / E[S], the time
 * left of a service in progress. Tabulated once on 4,096 points up to S's 1 − 10⁻⁶ quantile and
 * inverted by interpolation; it also gives S's squared coefficient of variation, E[S²]/E[S]² − 1
 * (E[S²] = 2·E[S]·E[R]).
 */
final class Residual {
  private static final int POINTS = 4096;

  private final double[] x;
  private final double[] cdf;
  private final double scv;

  private Residual(double[] x, double[] cdf, double scv) {
    this.x = x;
    this.cdf = cdf;
    this.scv = scv;
  }

  static Residual of(Sampler s) {
    double mean = s.meanNanos();
    double top = s.quantile(1 - 1e-6);
    if (!(mean > 0) || !(top > 0) || Double.isInfinite(mean)) {
      return new Residual(new double[] {0, 0}, new double[] {0, 1}, 0);
    }
    double[] x = new double[POINTS + 1];
    double[] cdf = new double[POINTS + 1];
    double h = top / POINTS;
    double previous = 1 - s.cdf(0);
    double meanResidual = 0;
    for (int i = 1; i <= POINTS; i++) {
      x[i] = i * h;
      double tail = 1 - s.cdf(x[i]);
      double mass = (previous + tail) / 2 * h;
      cdf[i] = cdf[i - 1] + mass;
      meanResidual += mass * (x[i] - h / 2);
      previous = tail;
    }
    double total = cdf[POINTS];
    for (int i = 1; i <= POINTS; i++) {
      cdf[i] /= total;
    }
    meanResidual /= total;
    double scv = Math.max(0, 2 * meanResidual / mean - 1);
    return new Residual(x, cdf, scv);
  }

  double scv() {
    return scv;
  }

  double quantile(double p) {
    int lo = 0;
    int hi = cdf.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double span = cdf[hi] - cdf[lo];
    double t = span > 0 ? (p - cdf[lo]) / span : 0;
    return x[lo] + t * (x[hi] - x[lo]);
  }
}
