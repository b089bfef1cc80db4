package dev.napkin.model.flow;

import java.util.Arrays;

/**
 * Recorded load for a source with a {@code trace} profile, read from its CSV by the caller (the
 * simulator reads no files). Either single arrivals, or counts per interval:
 *
 * <ul>
 *   <li>{@link Kind#ARRIVALS}: {@code times} are arrival timestamps in nanoseconds, sorted; {@code
 *       counts} is empty.
 *   <li>{@link Kind#COUNTS}: {@code times} are interval starts in nanoseconds, strictly increasing,
 *       and {@code counts[i]} records arrive in {@code [times[i], times[i + 1])}. The last interval
 *       is as long as the one before it (one second when there is only one).
 * </ul>
 *
 * The arrays are copied in and out; {@link #time(int)} and {@link #count(int)} read without
 * copying.
 */
public record TraceData(Kind kind, long[] times, long[] counts) {
  private static final long ONE_SECOND = 1_000_000_000L;

  /** Which of the two CSV forms the trace came from. */
  public enum Kind {
    ARRIVALS,
    COUNTS
  }

  public TraceData {
    times = times.clone();
    counts = counts.clone();
    if (times.length == 0) {
      throw new IllegalArgumentException("a trace needs at least one row");
    }
    if (kind == Kind.ARRIVALS && counts.length != 0) {
      throw new IllegalArgumentException("an arrivals trace has no counts");
    }
    if (kind == Kind.COUNTS && counts.length != times.length) {
      throw new IllegalArgumentException(
          counts.length + " counts for " + times.length + " intervals");
    }
    for (int i = 0; i < times.length; i++) {
      if (times[i] < 0) {
        throw new IllegalArgumentException("trace time " + times[i] + " ns is negative");
      }
      boolean ordered =
          i == 0 || (kind == Kind.ARRIVALS ? times[i] >= times[i - 1] : times[i] > times[i - 1]);
      if (!ordered) {
        throw new IllegalArgumentException("trace times must increase (row " + (i + 1) + ")");
      }
      if (kind == Kind.COUNTS && counts[i] < 0) {
        throw new IllegalArgumentException("trace count " + counts[i] + " is negative");
      }
    }
  }

  public boolean isCounts() {
    return kind == Kind.COUNTS;
  }

  /** Arrival timestamps in nanoseconds, in any order (they are sorted). */
  public static TraceData arrivals(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new TraceData(Kind.ARRIVALS, sorted, new long[0]);
  }

  /** Interval starts in nanoseconds (strictly increasing) and the records in each interval. */
  public static TraceData counts(long[] startNanos, long[] counts) {
    return new TraceData(Kind.COUNTS, startNanos, counts);
  }

  @Override
  public long[] times() {
    return times.clone();
  }

  @Override
  public long[] counts() {
    return counts.clone();
  }

  /** Rows: arrivals, or intervals. */
  public int size() {
    return times.length;
  }

  public long time(int row) {
    return times[row];
  }

  /** Records in a row: 1 for an arrival. */
  public long count(int row) {
    return kind == Kind.ARRIVALS ? 1 : counts[row];
  }

  /** Where a row's interval ends (an arrival's is its own time). */
  public long end(int row) {
    if (kind == Kind.ARRIVALS) {
      return times[row];
    }
    if (row + 1 < times.length) {
      return times[row + 1];
    }
    long length = times.length > 1 ? times[row] - times[row - 1] : ONE_SECOND;
    return times[row] + length;
  }

  /** All records in the trace. */
  public long records() {
    if (kind == Kind.ARRIVALS) {
      return times.length;
    }
    long total = 0;
    for (long count : counts) {
      total = Math.addExact(total, count);
    }
    return total;
  }

  /** When the trace ends: the last arrival, or the end of the last interval. */
  public long endNanos() {
    return end(times.length - 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TraceData that
        && kind == that.kind
        && Arrays.equals(times, that.times)
        && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * kind.hashCode() + Arrays.hashCode(times)) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "TraceData[" + kind + ", " + times.length + " rows, " + records() + " records]";
  }
}
