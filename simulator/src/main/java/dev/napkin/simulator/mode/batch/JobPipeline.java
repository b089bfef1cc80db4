package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.Topology;
import dev.napkin.simulator.random.Purpose;
import dev.napkin.simulator.random.RecordStreams;
import dev.napkin.simulator.random.Sampler;
import dev.napkin.simulator.random.StreamKeys;

/**
 * One batch or micro-batch job, run after run, in closed form: the records a run takes are pushed
 * through the stages at once (each stage sums its records' cost draws, from the same streams as
 * streaming: common random numbers), aggregates collect them in a {@link WindowBook}; when the run
 * closes, due windows are emitted downstream, each stage's time is {@code overhead + Σ cost /
 * parallelism} starting when its upstream stages have ended, and a sink's records become visible
 * when its upstream stages have ended, plus {@code commit}. A run's sink records are buffered
 * (event time and count) until their visible time is known: memory is bounded by one run's records.
 */
final class JobPipeline {
  private static final int LATE = 1;
  private static final int REFIRE = 2;
  private static final int WINDOWED = 4;

  private final Topology topology;
  private final RecordStreams streams;
  private final long warmup;
  private final long horizon;
  private final Node[] nodes;
  private final Sampler[] costs;
  private final WindowBook[] windows;
  private final int[][] downstreamSinks;
  private final NodeStats[] nodeStats;
  private final SinkStats[] sinkStats;
  private final UnitBuffer[] sinkBuffers;
  private final double[] costNanos;
  private final long[] units;
  private final long[] ends;
  private long watermark = Long.MIN_VALUE;
  private boolean measuredRun;

  JobPipeline(Topology topology, RecordStreams streams, RunStats stats, long warmup, long horizon) {
    this.topology = topology;
    this.streams = streams;
    this.warmup = warmup;
    this.horizon = horizon;
    int n = topology.nodeCount();
    nodes = new Node[n];
    costs = new Sampler[n];
    windows = new WindowBook[n];
    downstreamSinks = new int[n][];
    nodeStats = new NodeStats[n];
    sinkStats = new SinkStats[n];
    sinkBuffers = new UnitBuffer[n];
    costNanos = new double[n];
    units = new long[n];
    ends = new long[n];
    for (int i = 0; i < n; i++) {
      nodes[i] = topology.node(i);
      if (nodes[i] instanceof Transform t) {
        if (t.parallelism() < 1) {
          throw new IllegalArgumentException("parallelism must be at least 1 at " + t.id());
        }
        costs[i] = Sampler.of(t.cost());
        nodeStats[i] = stats.node(t.id());
        if (t.isAggregate() && t.window().isPresent()) {
          windows[i] = new WindowBook(t.window().get());
          downstreamSinks[i] = topology.downstreamSinks(i);
        }
      } else if (nodes[i] instanceof Sink s) {
        nodeStats[i] = stats.node(s.id());
        sinkStats[i] = stats.sink(s.id());
        sinkBuffers[i] = new UnitBuffer();
      }
    }
    for (int i = 0; i < n; i++) {
      if (downstreamSinks[i] != null) {
        for (int s : downstreamSinks[i]) {
          stats.sink(topology.node(s).id());
        }
      }
    }
  }

  /** The watermark aggregates classify this run's records against (Long.MIN_VALUE: none). */
  void watermark(long value) {
    watermark = value;
  }

  /** Takes one source record into the current run. */
  void offer(int sourceNode, long id, long eventTime, boolean missedPartition) {
    if (eventTime >= warmup) {
      measuredRun = true;
    }
    route(sourceNode, id, eventTime, 1, missedPartition ? LATE : 0);
  }

  /** Whether the current run took a measured record (te ≥ warm-up). */
  boolean measuredRun() {
    return measuredRun;
  }

  /** Whether closing now with this emission threshold would emit some window. */
  boolean windowsDue(long upTo) {
    for (WindowBook book : windows) {
      if (book != null && book.due(upTo)) {
        return true;
      }
    }
    return false;
  }

  private void route(int from, long id, long te, long count, int flags) {
    for (int e : topology.outEdges(from)) {
      arrive(topology.edgeTo(e), id, te, count, flags);
    }
  }

  private void arrive(int i, long id, long te, long count, int flags) {
    nodeStats[i].addArrived(1);
    if (te >= warmup && te < horizon) {
      nodeStats[i].addArrivedMeasured(1);
    }
    units[i]++;
    if (nodes[i] instanceof Sink) {
      sinkBuffers[i].add(te, count, flags);
      return;
    }
    Transform t = (Transform) nodes[i];
    long key = topology.key(i);
    double draw =
        costs[i].isFixed() ? costs[i].sample(null) : costs[i].sample(streams.of(key, id, COST));
    costNanos[i] += draw * count;
    if (windows[i] != null) {
      aggregate(i, te, count, flags);
      return;
    }
    nodeStats[i].addDeparted(1);
    double s = t.selectivity();
    if (count != 1 || (flags & WINDOWED) != 0) {
      long m = outputs(key, count * s, id);
      if (m > 0) {
        nodeStats[i].addEmitted(1);
        route(i, StreamKeys.derived(id, key, 0), te, m, flags);
      }
      return;
    }
    long k = outputs(key, s, id);
    for (long j = 0; j < k; j++) {
      nodeStats[i].addEmitted(1);
      route(i, StreamKeys.derived(id, key, j), te, 1, flags);
    }
  }

  private static final int COST = Purpose.COST;

  private long outputs(long key, double expected, long parent) {
    long whole = (long) StrictMath.floor(expected);
    double fraction = expected - whole;
    if (fraction > 0 && streams.of(key, parent, Purpose.SELECTIVITY).nextDouble() < fraction) {
      whole++;
    }
    return whole;
  }

  private void aggregate(int i, long te, long count, int flags) {
    if ((flags & REFIRE) != 0) {
      // an update of an upstream window result: it re-fires this stage's windows as well
      nodeStats[i].addDeparted(1);
      windows[i].add(te, count, false, true, watermark);
      return;
    }
    boolean measured = te >= warmup;
    var outcome = windows[i].add(te, count, measured, (flags & LATE) != 0, watermark);
    if (outcome == WindowBook.Outcome.DROPPED) {
      nodeStats[i].addDropped(1);
    } else {
      nodeStats[i].addDeparted(1);
    }
    if (measured && outcome != WindowBook.Outcome.ON_TIME) {
      for (int s : downstreamSinks[i]) {
        if (outcome == WindowBook.Outcome.DROPPED) {
          sinkStats[s].addDropped(count);
        } else {
          sinkStats[s].addLate(count);
        }
        sinkStats[s].addCompleteness(count, 0);
      }
    }
  }

  /**
   * Ends the current run: emits windows ending at or before {@code emitUpTo}, times the stages from
   * {@code jobStart} (the run's start plus startup or batch overhead), makes sink records visible
   * and records them. Returns when the last stage ended (jobStart if there is none).
   */
  long close(long runStart, long jobStart, long emitUpTo) {
    for (int i : topology.topologicalOrder()) {
      if (windows[i] != null) {
        emitWindows(i, emitUpTo);
      }
    }
    long jobEnd = jobStart;
    for (int i : topology.topologicalOrder()) {
      if (nodes[i] instanceof Transform t) {
        long begin = upstreamEnd(i, jobStart);
        ends[i] = begin + t.overhead().nanos() + Sampler.toNanos(costNanos[i] / t.parallelism());
        jobEnd = Math.max(jobEnd, ends[i]);
        book(i, runStart, ends[i], costNanos[i]);
      } else if (nodes[i] instanceof Sink s) {
        long visible = upstreamEnd(i, jobStart) + s.commit().nanos();
        ends[i] = visible;
        deliver(i, visible);
        book(i, runStart, visible, 0);
      }
    }
    measuredRun = false;
    return jobEnd;
  }

  private long upstreamEnd(int i, long jobStart) {
    long begin = jobStart;
    for (int e : topology.inEdges(i)) {
      int from = topology.edgeFrom(e);
      if (topology.isTransform(from)) {
        begin = Math.max(begin, ends[from]);
      }
    }
    return begin;
  }

  private void emitWindows(int i, long upTo) {
    Transform t = (Transform) nodes[i];
    long key = topology.key(i);
    windows[i].emit(
        upTo,
        w -> {
          long end = windows[i].end(w.window());
          long results = Math.min(t.keys(), w.records());
          if (!w.refire() && end >= warmup) {
            for (int s : downstreamSinks[i]) {
              sinkStats[s].addCompleteness(w.completeRecords(), w.completeRecords());
            }
          }
          if (results > 0) {
            nodeStats[i].addEmitted(1);
            long id = StreamKeys.combine(key, w.window());
            int flags = WINDOWED | (w.refire() ? REFIRE : 0);
            route(i, w.refire() ? StreamKeys.derived(id, key, 1) : id, end, results, flags);
          }
        });
  }

  private void deliver(int i, long visible) {
    UnitBuffer buffer = sinkBuffers[i];
    SinkStats sink = sinkStats[i];
    for (int u = 0; u < buffer.size(); u++) {
      long te = buffer.eventTime(u);
      long count = buffer.count(u);
      int flags = buffer.flags(u);
      nodeStats[i].addDeparted(1);
      if (te < warmup) {
        continue;
      }
      if ((flags & REFIRE) != 0) {
        sink.addRefired(count);
        continue;
      }
      sink.recordLatency(visible - te, count);
      if ((flags & WINDOWED) == 0) {
        boolean late = (flags & LATE) != 0;
        if (late) {
          sink.addLate(count);
        }
        sink.addCompleteness(count, late ? 0 : count);
      }
    }
    buffer.clear();
  }

  /** Stage figures of a run that started in the measured period. */
  private void book(int i, long runStart, long end, double busy) {
    if (units[i] > 0 && runStart >= warmup && runStart < horizon) {
      nodeStats[i].addBusy(busy);
      nodeStats[i].addInSystem(units[i] * (double) (end - runStart));
      nodeStats[i].backlogSeries(warmup, horizon).add(runStart, end, units[i]);
      nodeStats[i].observeBacklog(units[i]);
    }
    units[i] = 0;
    costNanos[i] = 0;
  }

  /** Records that reached an aggregate's windows and were never emitted, per stage. */
  long pendingInWindows(int i) {
    return windows[i] == null ? 0 : windows[i].pendingRecords();
  }
}
