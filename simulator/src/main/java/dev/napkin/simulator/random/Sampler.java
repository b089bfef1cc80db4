package dev.napkin.simulator.random;

import dev.napkin.model.dist.Distribution;

/**
 * Draws durations from a {@link Distribution} by inverse transform with {@code StrictMath}, so a
 * stream gives the same values on every JDK. Values are nanoseconds.
 */
public interface Sampler {
  /**
   * The largest duration a draw returns (about 146 years): keeps sums of draws from overflowing.
   */
  long MAX_NANOS = 1L << 62;

  /** One draw in nanoseconds (not rounded). */
  double sample(SplitMix64 random);

  /** The distribution's mean in nanoseconds (infinite for a Pareto with alpha ≤ 1). */
  double meanNanos();

  /**
   * The value with a share {@code p} in [0, 1] of draws at or below it (nanoseconds): what {@link
   * #sample} returns for a stream whose uniform is p. Aggregate fidelity places weighted points at
   * stratified quantiles instead of drawing each record.
   */
  double quantile(double p);

  /** The share of draws at or below {@code x} nanoseconds. */
  double cdf(double x);

  /** True when every draw is the same value: callers may skip positioning a stream. */
  default boolean isFixed() {
    return false;
  }

  /** One draw rounded to whole nanoseconds, within 0..{@link #MAX_NANOS}. */
  default long sampleNanos(SplitMix64 random) {
    return toNanos(sample(random));
  }

  static long toNanos(double nanos) {
    if (!(nanos > 0)) {
      return 0;
    }
    return nanos >= MAX_NANOS ? MAX_NANOS : (long) (nanos + 0.5);
  }

  static Sampler of(Distribution distribution) {
    return Samplers.of(distribution);
  }
}
