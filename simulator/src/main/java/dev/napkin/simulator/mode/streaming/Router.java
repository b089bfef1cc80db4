package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.engine.EventLoop;
import dev.napkin.simulator.mode.JobScope;
import dev.napkin.simulator.mode.Topology;
import dev.napkin.simulator.random.Purpose;
import dev.napkin.simulator.random.RecordStreams;

/**
 * Sends a node's output down every outgoing edge (a copy per edge). Each hop takes the edge's
 * transport plus a buffering delay uniform on (0, bufferTimeout), drawn from the record's stream
 * for that edge; a hop of zero is delivered at once, otherwise by a {@link StreamingRun#HOP} event.
 * Not re-entrant: delivery never routes again synchronously (stages answer by events).
 *
 * <p>In one job of a hybrid flow ({@link JobScope}) only the job's edges are taken: internal edges
 * lead to its stages and sinks, outgoing ones to a {@link CrossingWriter}; others are skipped. The
 * buffering draw of an edge stays keyed by the edge's position among all the node's outputs, so a
 * record's hop is the same as in a single-mode run.
 */
final class Router {
  private final Topology topology;
  private final RecordPool pool;
  private final EventLoop loop;
  private final RecordStreams streams;
  private final long bufferTimeout;
  private final Overload overload;
  private final int[] copies;
  private final int[] live;
  private final JobScope scope;
  private Stage[] stages;
  private SinkWriter[] sinks;
  private CrossingWriter[] crossings;

  Router(
      Topology topology,
      RecordPool pool,
      EventLoop loop,
      RecordStreams streams,
      long bufferTimeout,
      Overload overload,
      JobScope scope) {
    this.topology = topology;
    this.scope = scope;
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
    live = new int[Math.max(1, maxOut)];
  }

  /** Where deliveries go: by node index, a stage for transforms and a writer for sinks. */
  void connect(Stage[] stagesByNode, SinkWriter[] sinksByNode, CrossingWriter[] crossingsByEdge) {
    this.stages = stagesByNode;
    this.sinks = sinksByNode;
    this.crossings = crossingsByEdge;
  }

  void route(int node, int slot, long now) {
    if (!scope.whole()) {
      routeInJob(node, slot, now);
      return;
    }
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

  /** As {@link #route}, over the job's internal and outgoing edges only. */
  private void routeInJob(int node, int slot, long now) {
    int[] outs = topology.outEdges(node);
    int n = 0;
    for (int j = 0; j < outs.length; j++) {
      byte role = scope.role(outs[j]);
      if (role == JobScope.INTERNAL || role == JobScope.OUT) {
        live[n++] = j;
      }
    }
    if (n == 0) {
      pool.free(slot);
      return;
    }
    for (int k = 0; k < n - 1; k++) {
      copies[k] = pool.copy(slot);
      if (copies[k] < 0) {
        for (int m = 0; m < k; m++) {
          pool.free(copies[m]);
        }
        pool.free(slot);
        overload.poolFull(now);
        return;
      }
    }
    copies[n - 1] = slot;
    for (int k = 0; k < n; k++) {
      hop(node, live[k], outs[live[k]], copies[k], now);
    }
  }

  /** Sends a unit that crossed from another job down {@code edge} (its only way on). */
  void routeEdge(int edge, int slot, long now) {
    int from = topology.edgeFrom(edge);
    int[] outs = topology.outEdges(from);
    for (int j = 0; j < outs.length; j++) {
      if (outs[j] == edge) {
        hop(from, j, edge, slot, now);
        return;
      }
    }
    throw new IllegalArgumentException("edge " + edge + " does not leave node " + from);
  }

  /** One hop of a unit from {@code node} down its {@code j}-th output, {@code edge}. */
  private void hop(int node, int j, int edge, int slot, long now) {
    long delay = topology.edgeTransport(edge);
    if (bufferTimeout > 0) {
      double u = streams.of(topology.key(node), pool.id(slot), Purpose.BUFFER + j).nextDouble();
      delay += (long) (u * bufferTimeout);
    }
    if (delay == 0) {
      deliver(edge, slot, now);
    } else {
      loop.schedule(now + delay, StreamingRun.PRIORITY_ARRIVAL, StreamingRun.HOP, edge, slot);
    }
  }

  void deliver(int edge, int slot, long now) {
    if (crossings[edge] != null) {
      crossings[edge].arrive(slot, now);
      return;
    }
    pool.input(slot, topology.edgeInput(edge));
    int target = topology.edgeTo(edge);
    if (stages[target] != null) {
      stages[target].arrive(slot, now);
    } else {
      sinks[target].arrive(slot, now);
    }
  }
}
