package dev.napkin.simulator.workload;

/**
 * A daily cycle: factor(t) = 1 + (peak − 1) · cos(2π (t − peakAt) / day). It is {@code peak} at
 * {@code peakAt}, 2 − peak twelve hours later, and averages exactly 1 over any whole day, so the
 * source's rate is the daily mean. H(t) = t + (peak − 1)/ω · (sin(ω(t − peakAt)) + sin(ω peakAt)),
 * inverted by Newton steps kept inside a bracket (bisection when a step leaves it).
 */
public final class DiurnalShape implements RateShape {
  public static final double DAY_NANOS = 86_400e9;
  private static final double OMEGA = 2 * StrictMath.PI / DAY_NANOS;
  private static final int MAX_STEPS = 200;

  private final double amplitude;
  private final double peakAt;
  private final double offset;

  public DiurnalShape(double peak, long peakAtNanos) {
    if (!(peak >= 1 && peak <= 2)) {
      throw new IllegalArgumentException("a diurnal peak must be between 1 and 2, not " + peak);
    }
    this.amplitude = peak - 1;
    this.peakAt = peakAtNanos;
    this.offset = StrictMath.sin(OMEGA * peakAtNanos);
  }

  @Override
  public double factor(double clockNanos) {
    return 1 + amplitude * StrictMath.cos(OMEGA * (clockNanos - peakAt));
  }

  @Override
  public double peakFactor() {
    return 1 + amplitude;
  }

  @Override
  public double operational(double clockNanos) {
    return clockNanos
        + amplitude / OMEGA * (StrictMath.sin(OMEGA * (clockNanos - peakAt)) + offset);
  }

  @Override
  public double clock(double operationalNanos, double atLeast) {
    if (amplitude == 0) {
      return operationalNanos;
    }
    // |H(t) − t| ≤ 2·amplitude/ω, so the answer lies within that of s; and it is ≥ atLeast.
    double reach = 2 * amplitude / OMEGA;
    double lo = Math.max(atLeast, operationalNanos - reach);
    double hi = Math.max(lo, operationalNanos + reach);
    double t = lo;
    for (int step = 0; step < MAX_STEPS; step++) {
      double error = operational(t) - operationalNanos;
      if (Math.abs(error) < 0.25 || hi - lo < 0.5) {
        return t;
      }
      if (error > 0) {
        hi = t;
      } else {
        lo = t;
      }
      double slope = factor(t);
      double next = slope > 0 ? t - error / slope : Double.NaN;
      t = next > lo && next < hi ? next : (lo + hi) / 2;
    }
    return t;
  }
}
