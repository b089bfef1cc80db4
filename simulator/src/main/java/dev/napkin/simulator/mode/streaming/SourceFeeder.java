package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.workload.RecordSource;

/**
 * Brings one source's records in, one pending record ahead: a {@link StreamingRun#GENERATE} event
 * at each record's event time creates it and schedules the next; a late record (D > 0) then waits
 * for a {@link StreamingRun#SOURCE_ARRIVAL} event at te + D. On arrival the source stamps it with
 * its watermark, max event time arrived so far − B, and routes it. A group (aggregate fidelity)
 * moves as a unit of its count; its source's watermark also knows how far the newest arrived record
 * trails the clock ({@link RecordSource#newestArrivalLag(long)}).
 */
final class SourceFeeder {
  private final int node;
  private final RecordSource records;
  private final long watermarkDelay;
  private final StreamingParts parts;
  private final RecordPool pool;
  private long maxEventTime = Long.MIN_VALUE;
  private long pending;
  private long latestGenerated = Long.MIN_VALUE;

  SourceFeeder(int node, RecordSource records, long watermarkDelay, StreamingParts parts) {
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
    pool.count(slot, records.count());
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
    latestGenerated = records.eventTime();
    scheduleNext();
  }

  void lateArrival(int slot, long now) {
    pending--;
    arrive(slot, now);
  }

  private void arrive(int slot, long now) {
    maxEventTime = Math.max(maxEventTime, pool.eventTime(slot));
    long lag = records.newestArrivalLag(now);
    if (lag >= 0) {
      // groups: the newest record that has arrived is newer than the newest group's points
      maxEventTime = Math.max(maxEventTime, Math.min(now - lag, latestGenerated));
    }
    pool.stamp(slot, maxEventTime - watermarkDelay);
    parts.router().route(node, slot, now);
  }

  /** Records created but not yet arrived (still late). */
  long pending() {
    return pending;
  }
}
