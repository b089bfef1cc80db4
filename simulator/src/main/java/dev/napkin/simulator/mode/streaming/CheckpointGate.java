package dev.napkin.simulator.mode.streaming;

import dev.napkin.model.flow.Execution;

/**
 * When a write that reached a sink may become visible, before the sink's commit. Exactly-once: at
 * the completion of the first checkpoint that starts strictly after the write arrived (checkpoints
 * start at multiples of C and take {@code checkpointDuration}); at-least-once: at once.
 */
final class CheckpointGate {
  private final boolean exactlyOnce;
  private final long interval;
  private final long duration;

  CheckpointGate(boolean exactlyOnce, long interval, long duration) {
    if (exactlyOnce && interval <= 0) {
      throw new IllegalArgumentException(
          "exactly-once delivery needs a checkpoint interval above 0");
    }
    this.exactlyOnce = exactlyOnce;
    this.interval = interval;
    this.duration = duration;
  }

  static CheckpointGate of(Execution.Streaming settings) {
    return new CheckpointGate(
        settings.delivery() == Execution.Delivery.EXACTLY_ONCE,
        settings.checkpoint().nanos(),
        settings.checkpointDuration().nanos());
  }

  long releaseAt(long arrival) {
    if (!exactlyOnce) {
      return arrival;
    }
    return (Math.floorDiv(arrival, interval) + 1) * interval + duration;
  }
}
