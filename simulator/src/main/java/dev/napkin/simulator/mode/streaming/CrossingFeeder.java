package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.mode.Crossing;

/**
 * Brings the units crossing one edge from an upstream job into a streaming job: each arrives at the
 * time the upstream job made it visible (a {@link StreamingRun#CROSSING} event, one pending at a
 * time), keeps its identity, event time, count and flags, is stamped like a source record (max
 * event time arrived on this edge − B) and takes the edge's hop (transport + buffering) to its
 * stage.
 */
final class CrossingFeeder {
  private final int index;
  private final Crossing crossing;
  private final long watermarkDelay;
  private final StreamingParts parts;
  private final RecordPool pool;
  private long maxEventTime = Long.MIN_VALUE;
  private int next;

  CrossingFeeder(int index, Crossing crossing, long watermarkDelay, StreamingParts parts) {
    this.index = index;
    this.crossing = crossing;
    this.watermarkDelay = watermarkDelay;
    this.parts = parts;
    this.pool = parts.pool();
  }

  void start() {
    scheduleNext();
  }

  private void scheduleNext() {
    if (next < crossing.size()) {
      parts
          .loop()
          .schedule(
              crossing.visible(next),
              StreamingRun.PRIORITY_ARRIVAL,
              StreamingRun.CROSSING,
              index,
              0);
    }
  }

  void arrive(long now) {
    int slot = pool.allocate();
    if (slot < 0) {
      parts.overload().poolFull(now);
      return;
    }
    int u = next++;
    int flags = crossing.flags(u);
    pool.id(slot, crossing.id(u));
    pool.eventTime(slot, crossing.eventTime(u));
    pool.count(slot, crossing.count(u));
    pool.flags(
        slot,
        ((flags & Crossing.WINDOWED) != 0 ? RecordPool.WINDOW_RESULT : 0)
            | ((flags & Crossing.REFIRE) != 0 ? RecordPool.REFIRE : 0)
            | ((flags & Crossing.LATE) != 0 ? RecordPool.LATE : 0));
    maxEventTime = Math.max(maxEventTime, crossing.eventTime(u));
    pool.stamp(slot, maxEventTime - watermarkDelay);
    parts.router().routeEdge(crossing.edge(), slot, now);
    scheduleNext();
  }
}
