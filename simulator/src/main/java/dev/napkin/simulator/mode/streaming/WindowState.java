package dev.napkin.simulator.mode.streaming;

import java.util.Arrays;

/**
 * An aggregate's open event-time windows: window k covers [k·slide, k·slide + size), so a record
 * belongs to size/slide windows (one when tumbling). Counts live in a ring indexed by k, from the
 * oldest window not yet expired to the newest with data; memory grows with the windows open, never
 * with records. Window k fires once the watermark reaches its end, and expires (state dropped,
 * later records for it dropped) once the watermark reaches end + allowedLateness.
 */
final class WindowState {
  private final long size;
  private final long slide;
  private final long lateness;
  private long[] counts = new long[16];
  private long[] firsts = new long[16];
  private long lo;
  private long hi;

  WindowState(long size, long slide, long allowedLateness) {
    if (size <= 0 || slide <= 0) {
      throw new IllegalArgumentException("a window needs a size and slide above 0");
    }
    this.size = size;
    this.slide = slide;
    this.lateness = allowedLateness;
  }

  /** The first window containing event time t. */
  long firstWindow(long t) {
    return Math.floorDiv(t - size, slide) + 1;
  }

  /** The last window containing event time t. */
  long lastWindow(long t) {
    return Math.floorDiv(t, slide);
  }

  long end(long k) {
    return k * slide + size;
  }

  /** The first window that has not fired at watermark w: every k below it has (end ≤ w). */
  long firstUnfired(long w) {
    return w == Watermarks.NONE ? Long.MIN_VALUE : Math.floorDiv(w - size, slide) + 1;
  }

  /** The first window not expired at watermark w: every k below it has end + lateness ≤ w. */
  long firstUnexpired(long w) {
    return w == Watermarks.NONE ? Long.MIN_VALUE : firstUnfired(w - lateness);
  }

  /** Adds n records to window k; {@code first} of them (measured ones) have k as first window. */
  void add(long k, long n, long first) {
    if (lo == hi) {
      lo = k;
      hi = k + 1;
    } else if (k < lo) {
      ensureSpan(hi - k);
      lo = k;
    } else if (k >= hi) {
      ensureSpan(k + 1 - lo);
      hi = k + 1;
    }
    int at = (int) (k & (counts.length - 1));
    counts[at] += n;
    firsts[at] += first;
  }

  /** Takes window k's count for firing (0 if it has none). */
  long take(long k) {
    if (k < lo || k >= hi) {
      return 0;
    }
    int at = (int) (k & (counts.length - 1));
    long n = counts[at];
    counts[at] = 0;
    return n;
  }

  /** Takes the measured records whose first window is k (call before {@link #take}'s reuse). */
  long takeFirsts(long k) {
    if (k < lo || k >= hi) {
      return 0;
    }
    int at = (int) (k & (counts.length - 1));
    long n = firsts[at];
    firsts[at] = 0;
    return n;
  }

  /** The lowest window held (meaningful when {@link #isEmpty()} is false). */
  long lowest() {
    return lo;
  }

  /** One past the highest window held. */
  long highest() {
    return hi;
  }

  boolean isEmpty() {
    return lo == hi;
  }

  /** Drops windows below k. */
  void dropBelow(long k) {
    while (lo < hi && lo < k) {
      counts[(int) (lo & (counts.length - 1))] = 0;
      firsts[(int) (lo & (counts.length - 1))] = 0;
      lo++;
    }
    if (lo == hi) {
      lo = hi = 0;
    }
  }

  private void ensureSpan(long span) {
    if (span <= counts.length) {
      return;
    }
    if (span > (1 << 28)) {
      throw new IllegalStateException("too many open windows: " + span);
    }
    int capacity = counts.length;
    while (capacity < span) {
      capacity *= 2;
    }
    long[] biggerCounts = new long[capacity];
    long[] biggerFirsts = new long[capacity];
    for (long k = lo; k < hi; k++) {
      int from = (int) (k & (counts.length - 1));
      biggerCounts[(int) (k & (capacity - 1))] = counts[from];
      biggerFirsts[(int) (k & (capacity - 1))] = firsts[from];
    }
    counts = biggerCounts;
    firsts = biggerFirsts;
  }

  @Override
  public String toString() {
    return "windows [" + lo + ", " + hi + ") " + Arrays.toString(counts);
  }
}
