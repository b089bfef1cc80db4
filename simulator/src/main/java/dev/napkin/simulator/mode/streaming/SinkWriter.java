package dev.napkin.simulator.mode.streaming;

import dev.napkin.model.flow.Sink;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.SinkStats;

/**
 * A sink in streaming: a write that arrives at t becomes visible at the checkpoint gate's release
 * time + {@code commit}, computed at arrival (no event needed). A measured unit (event time ≥
 * warm-up) that is visible by the end of the run adds one latency sample of visible − event time
 * with its count (all results of a window firing become visible together); a late re-firing is
 * counted instead. Records that passed no window count as complete here.
 *
 * <p>Visible times never decrease in arrival order (the commit is fixed and the gate is monotone),
 * so the writes waiting to become visible are a FIFO of (visible time, count) runs: that gives the
 * occupancy for Little's law and the in-flight count at the end.
 */
final class SinkWriter {
  private final Sink sink;
  private final CheckpointGate gate;
  private final SinkStats stats;
  private final NodeStats node;
  private final StreamingParts parts;
  private final RecordPool pool;
  private final long end;
  private final VisibilityObserver observer;
  private final Occupancy waiting;
  private long[] pendingTime = new long[16];
  private long[] pendingCount = new long[16];
  private int head;
  private int size;

  SinkWriter(
      Sink sink,
      CheckpointGate gate,
      SinkStats stats,
      NodeStats node,
      StreamingParts parts,
      long end,
      VisibilityObserver observer) {
    this.sink = sink;
    this.gate = gate;
    this.stats = stats;
    this.node = node;
    this.parts = parts;
    this.pool = parts.pool();
    this.end = end;
    this.observer = observer;
    this.waiting = new Occupancy(parts.warmup(), parts.horizon());
  }

  void arrive(int slot, long now) {
    release(now);
    long visible = gate.releaseAt(now) + sink.commit().nanos();
    long te = pool.eventTime(slot);
    long count = pool.count(slot);
    int flags = pool.flags(slot);
    boolean refire = (flags & RecordPool.REFIRE) != 0;
    // a group (aggregate fidelity) counts its records; a record or a window's results count one
    long weight = (flags & RecordPool.WINDOW_RESULT) == 0 ? count : 1;
    node.addArrived(weight);
    if (parts.inMeasuredPeriod(now)) {
      node.addArrivedMeasured(weight);
      if (visible <= end) {
        node.addSojourn(visible - now, weight);
      }
    }
    if (parts.measured(te)) {
      if ((flags & RecordPool.WINDOW_RESULT) == 0) {
        boolean late = (flags & RecordPool.LATE) != 0;
        if (late) {
          stats.addLate(count);
        }
        stats.addCompleteness(count, late ? 0 : count);
      }
      if (visible <= end) {
        if (refire) {
          stats.addRefired(count);
        } else {
          stats.recordLatency(visible - te, count);
        }
      }
    }
    if (visible <= end) {
      observer.visible(sink.id(), pool.id(slot), te, visible, count, refire);
    }
    pool.free(slot);
    waiting.change(now, weight);
    push(visible, weight);
  }

  /** Makes visible every write due by {@code now}. */
  private void release(long now) {
    while (size > 0 && pendingTime[head] <= now) {
      long n = pendingCount[head];
      waiting.change(pendingTime[head], -n);
      node.addDeparted(n);
      head = (head + 1) & (pendingTime.length - 1);
      size--;
    }
  }

  private void push(long visible, long weight) {
    if (size > 0) {
      int tail = (head + size - 1) & (pendingTime.length - 1);
      if (pendingTime[tail] == visible) {
        pendingCount[tail] += weight;
        return;
      }
    }
    if (size == pendingTime.length) {
      long[] times = new long[size * 2];
      long[] counts = new long[size * 2];
      for (int i = 0; i < size; i++) {
        times[i] = pendingTime[(head + i) & (size - 1)];
        counts[i] = pendingCount[(head + i) & (size - 1)];
      }
      pendingTime = times;
      pendingCount = counts;
      head = 0;
    }
    int at = (head + size++) & (pendingTime.length - 1);
    pendingTime[at] = visible;
    pendingCount[at] = weight;
  }

  /** Closes the books at {@code stop} (the end of the run, or earlier if it was stopped). */
  void finish(long stop) {
    release(stop);
    waiting.advance(stop);
    node.setInFlightAtEnd(waiting.count());
    node.addInSystem(waiting.area());
    node.observeBacklog(waiting.max());
  }
}
