package dev.napkin.simulator.mode.streaming;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.mode.Topology;
import dev.napkin.simulator.random.Sampler;

/**
 * How long a streaming run goes on after the horizon ("one more period"): long enough that a record
 * arriving just before the horizon can become visible if nothing queues. That is the longer of one
 * checkpoint interval plus its duration (exactly-once) and the longest window's size +
 * allowedLateness + watermark delay (aggregates), plus the longest sink commit, plus the longest
 * source-to-sink path of hops (transport + bufferTimeout) and stages (100 × mean cost, room for
 * queueing), and at least one second.
 */
final class DrainPeriod {
  private static final long MIN_NANOS = 1_000_000_000L;
  private static final double QUEUE_ALLOWANCE = 100;

  private DrainPeriod() {}

  static long of(Topology topology, Execution.Streaming settings) {
    long checkpoint =
        settings.delivery() == Execution.Delivery.EXACTLY_ONCE
            ? settings.checkpoint().nanos() + settings.checkpointDuration().nanos()
            : 0;
    long windows = 0;
    long commit = 0;
    long[] hop = new long[topology.edgeCount()];
    for (int e = 0; e < hop.length; e++) {
      hop[e] = topology.edgeTransport(e) + settings.bufferTimeout().nanos();
      if (topology.node(topology.edgeTo(e)) instanceof Transform t) {
        hop[e] += Sampler.toNanos(QUEUE_ALLOWANCE * Sampler.of(t.cost()).meanNanos());
      }
    }
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.node(i) instanceof Transform t && t.isAggregate() && t.window().isPresent()) {
        long w = t.window().get().size().nanos() + t.window().get().allowedLateness().nanos();
        windows = Math.max(windows, w + settings.watermarkDelay().nanos());
      } else if (topology.node(i) instanceof Sink s) {
        commit = Math.max(commit, s.commit().nanos());
      }
    }
    long drain = Math.max(checkpoint, windows) + commit + topology.longestPath(hop);
    return Math.max(MIN_NANOS, Math.min(drain, Sampler.MAX_NANOS));
  }
}
