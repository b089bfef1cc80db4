package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.engine.EventLoop;
import dev.napkin.simulator.mode.Topology;
import dev.napkin.simulator.random.Purpose;
import dev.napkin.simulator.random.RecordStreams;

/**
 * Sends a node's output down every outgoing edge (a copy per edge). Each hop takes the edge's
 * transport plus a buffering delay uniform on (0, bufferTimeout), drawn from the record's stream
 * for that edge; a hop of zero is delivered at once, otherwise by a {@link StreamingRun#HOP} event.
 * Not re-entrant: delivery never routes again synchronously (stages answer by events).
 */
final class Router {
  private final Topology topology;
  private final RecordPool pool;
  private final EventLoop loop;
  private final RecordStreams streams;
  private final long bufferTimeout;
  private final Overload overload;
  private final int[] copies;
  private Stage[] stages;
  private SinkWriter[] sinks;

  Router(
      Topology topology,
      RecordPool pool,
      EventLoop loop,
      RecordStreams streams,
      long bufferTimeout,
      Overload overload) {
    this.topology = topology;
    this.pool = pool;
    this.loop = loop;
    this.streams = streams;
    this.bufferTimeout = bufferTimeout;
    this.overload = overload;
    int maxOut = 0;
    for (int i = 0; i < topology.nodeCount(); i++) {
      maxOut = Math.max(maxOut, topology.outEdges(i).length);
    }
    copies = new int[Math.max(1, maxOut)];
  }

  /** Where deliveries go: by node index, a stage for transforms and a writer for sinks. */
  void connect(Stage[] stagesByNode, SinkWriter[] sinksByNode) {
    this.stages = stagesByNode;
    this.sinks = sinksByNode;
  }

  void route(int node, int slot, long now) {
    int[] outs = topology.outEdges(node);
    int last = outs.length - 1;
    if (last < 0) {
      pool.free(slot);
      return;
    }
    for (int j = 0; j < last; j++) {
      copies[j] = pool.copy(slot);
      if (copies[j] < 0) {
        for (int k = 0; k < j; k++) {
          pool.free(copies[k]);
        }
        pool.free(slot);
        overload.poolFull(now);
        return;
      }
    }
    copies[last] = slot;
    long id = pool.id(slot);
    long key = topology.key(node);
    for (int j = 0; j <= last; j++) {
      int edge = outs[j];
      long delay = topology.edgeTransport(edge);
      if (bufferTimeout > 0) {
        double u = streams.of(key, id, Purpose.BUFFER + j).nextDouble();
        delay += (long) (u * bufferTimeout);
      }
      if (delay == 0) {
        deliver(edge, copies[j], now);
      } else {
        loop.schedule(
            now + delay, StreamingRun.PRIORITY_ARRIVAL, StreamingRun.HOP, edge, copies[j]);
      }
    }
  }

  void deliver(int edge, int slot, long now) {
    pool.input(slot, topology.edgeInput(edge));
    int target = topology.edgeTo(edge);
    if (stages[target] != null) {
      stages[target].arrive(slot, now);
    } else {
      sinks[target].arrive(slot, now);
    }
  }
}
