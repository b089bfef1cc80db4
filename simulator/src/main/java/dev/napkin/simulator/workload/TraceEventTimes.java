package dev.napkin.simulator.workload;

import dev.napkin.model.flow.TraceData;

/**
 * Event times replayed from an {@link TraceData}: each timestamp is one record; a count per
 * interval spreads that many records evenly over the interval (at its (j + ½)/count points). An
 * interval ends where the next begins; the last one is as long as the one before it (one second
 * when there is only one). After the trace the source is silent.
 */
public final class TraceEventTimes implements EventTimes {
  private static final long ONE_SECOND = 1_000_000_000L;

  private final long[] times;
  private final long[] counts;
  private int interval;
  private long within;

  public TraceEventTimes(TraceData trace) {
    this.times = trace.times();
    this.counts = trace.isCounts() ? trace.counts() : null;
  }

  @Override
  public long next(long sequence) {
    if (counts == null) {
      return interval < times.length ? times[interval++] : NONE;
    }
    while (interval < times.length && within >= counts[interval]) {
      interval++;
      within = 0;
    }
    if (interval >= times.length) {
      return NONE;
    }
    long start = times[interval];
    double length = length(interval);
    long j = within++;
    return start + (long) StrictMath.floor((j + 0.5) * length / counts[interval]);
  }

  private double length(int i) {
    if (i + 1 < times.length) {
      return times[i + 1] - times[i];
    }
    return i > 0 ? times[i] - times[i - 1] : ONE_SECOND;
  }

  /** Records in the trace with event time before {@code horizon}, counted without replaying. */
  public static long countBefore(TraceData trace, long horizon) {
    long[] times = trace.times();
    if (!trace.isCounts()) {
      int n = 0;
      while (n < times.length && times[n] < horizon) {
        n++;
      }
      return n;
    }
    TraceEventTimes shape = new TraceEventTimes(trace);
    long[] counts = trace.counts();
    long total = 0;
    for (int i = 0; i < times.length && times[i] < horizon; i++) {
      double length = shape.length(i);
      long count = counts[i];
      if (times[i] + length <= horizon) {
        total += count;
      } else {
        // points (j + ½)·length/count before the horizon
        double share = (horizon - times[i]) / length;
        total += Math.min(count, (long) StrictMath.ceil(share * count - 0.5));
      }
    }
    return total;
  }
}
