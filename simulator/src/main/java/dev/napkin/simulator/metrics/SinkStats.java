package dev.napkin.simulator.metrics;

import org.HdrHistogram.Histogram;

/**
 * What one replication observed at one sink, from warm-up on. Latency is in nanoseconds (visible
 * time − event time), one sample per record or window result; late re-firings are counted but not
 * put in the histogram. Completeness = includedInFirstResult / sourceRecords.
 */
public final class SinkStats {
  /** 3 significant digits: every recorded value within 0.1 % of its true value. */
  private final Histogram latencies = new Histogram(3);

  private long late;
  private long dropped;
  private long sourceRecords;
  private long includedInFirstResult;
  private long refired;

  /** Records {@code count} results that became visible with this latency. */
  public void recordLatency(long latencyNanos, long count) {
    latencies.recordValueWithCount(Math.max(0, latencyNanos), count);
  }

  /** Records that reached a window after its first firing (re-firings include them). */
  public void addLate(long count) {
    late += count;
  }

  /** Results of late re-firings that became visible: counted, never in the histogram. */
  public void addRefired(long count) {
    refired += count;
  }

  public long refired() {
    return refired;
  }

  /** Records dropped as too late. */
  public void addDropped(long count) {
    dropped += count;
  }

  /**
   * Measured source records feeding this sink, and how many of them were in the first result they
   * belong to.
   */
  public void addCompleteness(long records, long includedFirst) {
    sourceRecords += records;
    includedInFirstResult += includedFirst;
  }

  /** Adds another run's figures at the same sink (a sink written by several jobs). */
  public void add(SinkStats other) {
    latencies.add(other.latencies);
    late += other.late;
    dropped += other.dropped;
    sourceRecords += other.sourceRecords;
    includedInFirstResult += other.includedInFirstResult;
    refired += other.refired;
  }

  public Histogram latencies() {
    return latencies;
  }

  public long results() {
    return latencies.getTotalCount();
  }

  public long late() {
    return late;
  }

  public long dropped() {
    return dropped;
  }

  public long sourceRecords() {
    return sourceRecords;
  }

  public long includedInFirstResult() {
    return includedInFirstResult;
  }

  /** Share of source records in their first result; 1 when nothing was measured. */
  public double completeness() {
    return sourceRecords == 0 ? 1.0 : includedInFirstResult / (double) sourceRecords;
  }
}
