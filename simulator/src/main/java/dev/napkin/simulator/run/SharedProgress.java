package dev.napkin.simulator.run;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The progress of several tasks running on a pool: each task reports its own share done (from any
 * thread), the waiting thread reads the mean.
 */
public final class SharedProgress {
  private final AtomicLongArray shares;

  public SharedProgress(int tasks) {
    shares = new AtomicLongArray(tasks);
  }

  /** Task {@code i} has done {@code share} (clamped to 0..1; NaN reads as 0). */
  public void report(int i, double share) {
    double clamped = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
    shares.set(i, Double.doubleToRawLongBits(clamped));
  }

  /** The mean share done over all tasks. */
  public double mean() {
    double sum = 0;
    for (int i = 0; i < shares.length(); i++) {
      sum += Double.longBitsToDouble(shares.get(i));
    }
    return sum / shares.length();
  }
}
