package dev.napkin.simulator.workload;

/**
 * Recorded arrivals for a {@code trace} profile, read from a file by the caller: either arrival
 * timestamps, or counts per interval (arrivals spread over each interval). Times are in nanoseconds
 * from simulated time 0 and sorted.
 */
public record ArrivalTrace(long[] times, long[] counts) {
  public ArrivalTrace {
    times = times.clone();
    counts = counts == null ? null : counts.clone();
    if (counts != null && counts.length != times.length) {
      throw new IllegalArgumentException("one count per interval start is needed");
    }
  }

  public static ArrivalTrace timestamps(long[] times) {
    return new ArrivalTrace(times, null);
  }

  public static ArrivalTrace intervals(long[] starts, long[] counts) {
    return new ArrivalTrace(starts, counts);
  }

  public boolean isCounts() {
    return counts != null;
  }
}
