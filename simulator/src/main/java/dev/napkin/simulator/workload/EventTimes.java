package dev.napkin.simulator.workload;

/**
 * A source's event times in increasing order, produced lazily. {@link #next} returns the event time
 * of record {@code sequence} (0, 1, 2, … in turn), or {@link #NONE} when the source has no more.
 */
public interface EventTimes {
  long NONE = Long.MAX_VALUE;

  long next(long sequence);
}
