package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.workload.SourceRecords;

/**
 * Brings one source's records in, one pending record ahead: a {@link StreamingRun#GENERATE} event
 * at each record's event time creates it and schedules the next; a late record (D > 0) then waits
 * for a {@link StreamingRun#SOURCE_ARRIVAL} event at te + D. On arrival the source stamps it with
 * its watermark, max event time arrived so far − B, and routes it.
 */
final class SourceFeeder {
  private final int node;
  private final SourceRecords records;
  private final long watermarkDelay;
  private final StreamingParts parts;
  private final RecordPool pool;
  private long maxEventTime = Long.MIN_VALUE;
  private long pending;

  SourceFeeder(int node, SourceRecords records, long watermarkDelay, StreamingParts parts) {
    this.node = node;
    this.records = records;
    this.watermarkDelay = watermarkDelay;
    this.parts = parts;
    this.pool = parts.pool();
  }

  void start() {
    scheduleNext();
  }

  private void scheduleNext() {
    if (records.advance()) {
      parts
          .loop()
          .schedule(
              records.eventTime(), StreamingRun.PRIORITY_GENERATE, StreamingRun.GENERATE, node, 0);
    }
  }

  void generate(long now) {
    int slot = pool.allocate();
    if (slot < 0) {
      parts.overload().poolFull(now);
      return;
    }
    pool.id(slot, records.id());
    pool.eventTime(slot, records.eventTime());
    long lateness = records.lateness();
    if (lateness == 0) {
      arrive(slot, now);
    } else {
      pending++;
      parts
          .loop()
          .schedule(
              now + lateness,
              StreamingRun.PRIORITY_ARRIVAL,
              StreamingRun.SOURCE_ARRIVAL,
              node,
              slot);
    }
    scheduleNext();
  }

  void lateArrival(int slot, long now) {
    pending--;
    arrive(slot, now);
  }

  private void arrive(int slot, long now) {
    maxEventTime = Math.max(maxEventTime, pool.eventTime(slot));
    pool.stamp(slot, maxEventTime - watermarkDelay);
    parts.router().route(node, slot, now);
  }

  /** Records created but not yet arrived (still late). */
  long pending() {
    return pending;
  }
}
