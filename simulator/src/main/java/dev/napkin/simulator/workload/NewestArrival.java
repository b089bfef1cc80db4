package dev.napkin.simulator.workload;

import dev.napkin.simulator.random.Sampler;

/**
 * How far the newest arrived event time trails the clock, for records at rate λ with lateness D
 * (aggregate fidelity, where a group's few points cannot show it). Records with event time in [t −
 * x, t] that have arrived by t are Poisson with mean λ·H(x), H(x) = ∫₀ˣ F(v) dv, so the lag X has
 * P(X > x) = exp(−λ·H(x)) and X = H⁻¹(−ln U / λ). H is tabulated once, up to where λ·H reaches 30
 * (a lag beyond is rarer than e⁻³⁰).
 */
final class NewestArrival {
  private static final int POINTS = 1024;
  private static final double MAX_MEAN = 30;

  private final double[] x;
  private final double[] h;

  private NewestArrival(double[] x, double[] h) {
    this.x = x;
    this.h = h;
  }

  static NewestArrival of(Sampler lateness, double ratePerSecond) {
    double target = MAX_MEAN * 1e9 / Math.max(ratePerSecond, 1e-9);
    double top = lateness.quantile(1 - 1e-9) + target;
    double step = top / POINTS;
    double[] x = new double[POINTS + 1];
    double[] h = new double[POINTS + 1];
    double previous = lateness.cdf(0);
    for (int i = 1; i <= POINTS; i++) {
      x[i] = i * step;
      double f = lateness.cdf(x[i]);
      h[i] = h[i - 1] + (previous + f) / 2 * step;
      previous = f;
    }
    double[] scaled = new double[POINTS + 1];
    for (int i = 0; i <= POINTS; i++) {
      scaled[i] = h[i] * ratePerSecond / 1e9;
    }
    return new NewestArrival(x, scaled);
  }

  /** One lag in nanoseconds for a uniform u in (0, 1). */
  long lag(double u) {
    double mean = -StrictMath.log(Math.max(u, 1e-300));
    if (mean >= h[h.length - 1]) {
      return (long) x[x.length - 1];
    }
    int lo = 0;
    int hi = h.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (h[mid] < mean) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double span = h[hi] - h[lo];
    double t = span > 0 ? (mean - h[lo]) / span : 0;
    return (long) (x[lo] + t * (x[hi] - x[lo]));
  }
}
