package dev.napkin.simulator.random;

import dev.napkin.model.dist.Distribution;
import java.util.List;

/** The inverse-transform samplers behind {@link Sampler#of}. */
final class Samplers {
  private static final double NANOS_PER_SECOND = 1e9;

  /** The highest quantile asked of an unbounded distribution (keeps it finite). */
  private static final double MAX_P = 1 - 1e-12;

  private static double clamp(double p) {
    return Math.max(1e-12, Math.min(MAX_P, p));
  }

  private Samplers() {}

  static Sampler of(Distribution distribution) {
    if (distribution instanceof Distribution.Fixed f) {
      return new Fixed(f.value().nanos());
    }
    if (distribution instanceof Distribution.Exponential e) {
      return new Exponential(e.mean().nanos());
    }
    if (distribution instanceof Distribution.LogNormal l) {
      return new LogNormal(l.median().nanos(), l.sigma());
    }
    if (distribution instanceof Distribution.Pareto p) {
      if (!(p.alpha() > 0)) {
        throw new IllegalArgumentException("a Pareto alpha must be above 0, not " + p.alpha());
      }
      return new Lomax(p.scale().nanos(), p.alpha());
    }
    if (distribution instanceof Distribution.Uniform u) {
      return new Uniform(u.min().nanos(), u.max().nanos());
    }
    return mixture((Distribution.Mixture) distribution);
  }

  private static Sampler mixture(Distribution.Mixture m) {
    List<Distribution.Component> parts = m.of();
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a mixture needs at least one component");
    }
    double total = m.totalWeight();
    if (!(total > 0)) {
      throw new IllegalArgumentException("a mixture's weights must add up to more than 0");
    }
    double[] cumulative = new double[parts.size()];
    Sampler[] samplers = new Sampler[parts.size()];
    double sum = 0;
    for (int i = 0; i < parts.size(); i++) {
      sum += parts.get(i).weight() / total;
      cumulative[i] = sum;
      samplers[i] = of(parts.get(i).dist());
    }
    cumulative[parts.size() - 1] = 1.0;
    return new Mixture(cumulative, samplers, m.meanSeconds() * NANOS_PER_SECOND);
  }

  record Fixed(long nanos) implements Sampler {
    @Override
    public double sample(SplitMix64 random) {
      return nanos;
    }

    @Override
    public double quantile(double p) {
      return nanos;
    }

    @Override
    public double cdf(double x) {
      return x >= nanos ? 1 : 0;
    }

    @Override
    public double meanNanos() {
      return nanos;
    }

    @Override
    public boolean isFixed() {
      return true;
    }
  }

  /** −mean · ln U. */
  record Exponential(double mean) implements Sampler {
    @Override
    public double sample(SplitMix64 random) {
      return -mean * StrictMath.log(random.nextDouble());
    }

    @Override
    public double quantile(double p) {
      return -mean * StrictMath.log1p(-Math.min(p, MAX_P));
    }

    @Override
    public double cdf(double x) {
      return x <= 0 ? 0 : -StrictMath.expm1(-x / mean);
    }

    @Override
    public double meanNanos() {
      return mean;
    }
  }

  /** median · exp(σ Φ⁻¹(U)). */
  record LogNormal(double median, double sigma) implements Sampler {
    @Override
    public double sample(SplitMix64 random) {
      return median * StrictMath.exp(sigma * NormalQuantile.of(random.nextDouble()));
    }

    @Override
    public double quantile(double p) {
      return median * StrictMath.exp(sigma * NormalQuantile.of(clamp(p)));
    }

    @Override
    public double cdf(double x) {
      return x <= 0 ? 0 : NormalCdf.of(StrictMath.log(x / median) / sigma);
    }

    @Override
    public double meanNanos() {
      return median * StrictMath.exp(sigma * sigma / 2);
    }
  }

  /**
   * Lomax: P(X > x) = (1 + x/scale)^−α, so x = scale · (U^(−1/α) − 1) = scale · expm1(−ln U / α).
   */
  record Lomax(double scale, double alpha) implements Sampler {
    @Override
    public double sample(SplitMix64 random) {
      return scale * StrictMath.expm1(-StrictMath.log(random.nextDouble()) / alpha);
    }

    @Override
    public double quantile(double p) {
      return scale * StrictMath.expm1(-StrictMath.log1p(-Math.min(p, MAX_P)) / alpha);
    }

    @Override
    public double cdf(double x) {
      return x <= 0 ? 0 : 1 - StrictMath.pow(1 + x / scale, -alpha);
    }

    @Override
    public double meanNanos() {
      return alpha > 1 ? scale / (alpha - 1) : Double.POSITIVE_INFINITY;
    }
  }

  /** min + (max − min) · U. */
  record Uniform(double min, double max) implements Sampler {
    @Override
    public double sample(SplitMix64 random) {
      return min + (max - min) * random.nextDouble();
    }

    @Override
    public double quantile(double p) {
      return min + (max - min) * p;
    }

    @Override
    public double cdf(double x) {
      return max <= min ? (x >= min ? 1 : 0) : Math.max(0, Math.min(1, (x - min) / (max - min)));
    }

    @Override
    public double meanNanos() {
      return (min + max) / 2;
    }
  }

  /** One uniform picks the component (by cumulative weight); the same stream then draws from it. */
  record Mixture(double[] cumulative, Sampler[] parts, double mean) implements Sampler {
    @Override
    public double sample(SplitMix64 random) {
      double u = random.nextDouble();
      int i = 0;
      while (u > cumulative[i]) {
        i++;
      }
      return parts[i].sample(random);
    }

    @Override
    public double cdf(double x) {
      double sum = 0;
      double previous = 0;
      for (int i = 0; i < parts.length; i++) {
        sum += (cumulative[i] - previous) * parts[i].cdf(x);
        previous = cumulative[i];
      }
      return sum;
    }

    /** By bisection on the mixture's distribution function, between its parts' quantiles. */
    @Override
    public double quantile(double p) {
      double lo = Double.MAX_VALUE;
      double hi = 0;
      for (Sampler part : parts) {
        lo = Math.min(lo, part.quantile(p));
        hi = Math.max(hi, part.quantile(p));
      }
      for (int k = 0; k < 100 && hi - lo > 1e-7 * Math.max(1, hi); k++) {
        double mid = (lo + hi) / 2;
        if (cdf(mid) < p) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      return hi;
    }

    @Override
    public double meanNanos() {
      return mean;
    }
  }
}
