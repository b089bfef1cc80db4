package dev.napkin.simulator.random;

/**
 * Steele, Lea and Flood's SplitMix64: a tiny, fast generator whose whole state is one long, so one
 * instance can be re-seeded for every (stage, record) stream without allocating. Output quality is
 * ample for simulation (it passes BigCrush) and it is the same on every JDK.
 */
public final class SplitMix64 {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private long state;

  public SplitMix64(long seed) {
    state = seed;
  }

  /** Starts the stream over from {@code seed}. */
  public SplitMix64 reseed(long seed) {
    state = seed;
    return this;
  }

  public long nextLong() {
    return mix(state += GOLDEN_GAMMA);
  }

  /** Uniform on the open interval (0, 1): never 0 or 1, so logs and inverse CDFs stay finite. */
  public double nextDouble() {
    return ((nextLong() >>> 11) + 0.5) * DOUBLE_UNIT;
  }

  /** SplitMix64's output function (a variant of MurmurHash3's finalizer): a 64-bit bijection. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
