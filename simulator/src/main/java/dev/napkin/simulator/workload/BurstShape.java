package dev.napkin.simulator.workload;

/**
 * Bursts: in every period [kE, kE + d) the rate is {@code factor} times the mean, and in the rest
 * of the period it is lowered so the mean over a period stays the source's rate: base = (E − d ·
 * factor) / (E − d). A factor so large that the burst alone would exceed the mean (d · factor > E)
 * is lowered to E/d: every record of the period then falls in its burst. H is piecewise linear, so
 * its inverse is exact.
 */
public final class BurstShape implements RateShape {
  private final double every;
  private final double duration;
  private final double burst;
  private final double base;

  private BurstShape(double every, double duration, double burst, double base) {
    this.every = every;
    this.duration = duration;
    this.burst = burst;
    this.base = base;
  }

  /** A bursts profile; a burst as long as the period (or no burst) is a constant rate. */
  public static RateShape of(long everyNanos, long durationNanos, double factor) {
    if (everyNanos <= 0) {
      throw new IllegalArgumentException("bursts need a period above 0");
    }
    if (durationNanos <= 0 || durationNanos >= everyNanos || factor == 1) {
      return ConstantShape.INSTANCE;
    }
    if (!(factor >= 0)) {
      throw new IllegalArgumentException("a burst factor cannot be negative: " + factor);
    }
    double e = everyNanos;
    double d = durationNanos;
    double burst = Math.min(factor, e / d);
    double base = Math.max(0, (e - d * burst) / (e - d));
    return new BurstShape(e, d, burst, base);
  }

  /** The rate factor during a burst (after any lowering). */
  public double burstFactor() {
    return burst;
  }

  /** The rate factor between bursts. */
  public double baseFactor() {
    return base;
  }

  @Override
  public double factor(double clockNanos) {
    double r = clockNanos - StrictMath.floor(clockNanos / every) * every;
    return r < duration ? burst : base;
  }

  @Override
  public double peakFactor() {
    return Math.max(burst, base);
  }

  @Override
  public double operational(double clockNanos) {
    double k = StrictMath.floor(clockNanos / every);
    double r = clockNanos - k * every;
    double within = r < duration ? burst * r : burst * duration + base * (r - duration);
    return k * every + within;
  }

  @Override
  public double clock(double operationalNanos, double atLeast) {
    double k = StrictMath.floor(operationalNanos / every);
    double r = operationalNanos - k * every;
    double inBurst = burst * duration;
    double within =
        r < inBurst || base == 0 ? Math.min(r / burst, duration) : duration + (r - inBurst) / base;
    return Math.max(atLeast, k * every + within);
  }
}
