package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.mode.Crossing;

/**
 * Where a streaming job's units leave for another job (an edge from one of its stages to another
 * job's transform). The hop (transport + buffering) has been paid on the way here; a unit becomes
 * visible to the next job as a sink write would, without a commit (the boundary is no sink):
 * exactly-once at the completion of the first checkpoint starting after it arrived, at-least-once
 * at once. Visible times never decrease in arrival order, as the {@link Crossing} requires.
 */
final class CrossingWriter {
  private final Crossing crossing;
  private final CheckpointGate gate;
  private final RecordPool pool;
  private final boolean grouped;

  /**
   * @param grouped aggregate fidelity: a unit that is not a window's results is a weighted group
   */
  CrossingWriter(Crossing crossing, CheckpointGate gate, RecordPool pool, boolean grouped) {
    this.crossing = crossing;
    this.gate = gate;
    this.pool = pool;
    this.grouped = grouped;
  }

  void arrive(int slot, long now) {
    int flags = pool.flags(slot);
    int crossed =
        ((flags & RecordPool.WINDOW_RESULT) != 0 ? Crossing.WINDOWED : 0)
            | ((flags & RecordPool.REFIRE) != 0 ? Crossing.REFIRE : 0)
            | ((flags & RecordPool.LATE) != 0 ? Crossing.LATE : 0)
            | (grouped && (flags & RecordPool.WINDOW_RESULT) == 0 ? Crossing.GROUP : 0);
    crossing.add(
        gate.releaseAt(now), pool.eventTime(slot), pool.id(slot), pool.count(slot), crossed);
    pool.free(slot);
  }
}
