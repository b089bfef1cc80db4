package dev.napkin.simulator.workload;

import dev.napkin.model.dist.Distribution;
import dev.napkin.simulator.random.Sampler;
import dev.napkin.simulator.random.SplitMix64;

/**
 * A mixture's quantiles, tabulated once: its quantile function has no closed form (bisection on the
 * distribution function), and aggregate fidelity asks for one per unit. 8,192 quantiles equally
 * spaced in p, interpolated linearly; the outer 1/8,192 on each side is computed exactly. Other
 * distributions are returned as they are.
 */
final class QuantileTable implements Sampler {
  private static final int POINTS = 8192;

  private final Sampler exact;
  private final double[] table;

  private QuantileTable(Sampler exact) {
    this.exact = exact;
    table = new double[POINTS + 1];
    for (int i = 1; i < POINTS; i++) {
      table[i] = exact.quantile(i / (double) POINTS);
    }
  }

  static Sampler of(Sampler sampler, Distribution distribution) {
    return distribution instanceof Distribution.Mixture ? new QuantileTable(sampler) : sampler;
  }

  @Override
  public double quantile(double p) {
    double at = p * POINTS;
    int i = (int) at;
    if (i < 1 || i >= POINTS - 1) {
      return exact.quantile(p);
    }
    double t = at - i;
    return table[i] + t * (table[i + 1] - table[i]);
  }

  @Override
  public double cdf(double x) {
    return exact.cdf(x);
  }

  @Override
  public double sample(SplitMix64 random) {
    return exact.sample(random);
  }

  @Override
  public double meanNanos() {
    return exact.meanNanos();
  }
}
