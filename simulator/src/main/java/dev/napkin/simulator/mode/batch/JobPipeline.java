package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.Crossing;
import dev.napkin.simulator.mode.JobScope;
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
 *
 * <p>In a hybrid flow the pipeline runs one job ({@link JobScope}): it routes only over the job's
 * edges, and units leaving the job on an edge to another job's transform become visible there when
 * the stage that sent them ends (no commit: the boundary is no sink), appended to that edge's
 * {@link Crossing}.
 */
final class JobPipeline {
  private static final int LATE = 1;
  private static final int REFIRE = 2;
  private static final int WINDOWED = 4;

  /** A weighted group of source records (aggregate fidelity). */
  private static final int GROUP = 8;

  private final Topology topology;
  private final JobScope scope;
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
  private final UnitBuffer[] outBuffers;
  private final double[] costNanos;
  private final StageTimes times;
  private long currentArrival;
  private final long[] units;
  private final long[] ends;
  private long watermark = Long.MIN_VALUE;
  private boolean measuredRun;

  JobPipeline(
      Topology topology,
      JobScope scope,
      RecordStreams streams,
      RunStats stats,
      long warmup,
      long horizon) {
    this.topology = topology;
    this.scope = scope;
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
    outBuffers = new UnitBuffer[topology.edgeCount()];
    for (int e = 0; e < outBuffers.length; e++) {
      if (scope.role(e) == JobScope.OUT) {
        outBuffers[e] = new UnitBuffer();
      }
    }
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
    times = new StageTimes(topology, nodeStats, warmup, horizon);
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

  /**
   * A source's unit of {@code count} records arrived at {@code at} (read from the input in arrival
   * order, whichever run takes it): it is in the backlog of every stage the source feeds from now
   * on.
   */
  void arrivedFromSource(int sourceNode, long at, long count) {
    for (int e : topology.outEdges(sourceNode)) {
      if (scope.role(e) == JobScope.INTERNAL) {
        times.reached(topology.edgeTo(e), at, count);
      }
    }
  }

  /**
   * A unit crossing {@code edge} from another job arrived at {@code at}, as above; it counts {@code
   * weight} (its records, or one for a window's results).
   */
  void arrivedCrossing(int edge, long at, long weight) {
    times.reached(topology.edgeTo(edge), at, weight);
  }

  /**
   * Takes a unit of {@code count} source records, which arrived at {@code arrival}, into the
   * current run: one record, or (grouped) a weighted group, whose cost is its count times the mean
   * cost (a sum of many draws).
   */
  void offer(
      int sourceNode,
      long id,
      long eventTime,
      long arrival,
      long count,
      boolean grouped,
      boolean missed) {
    if (eventTime >= warmup) {
      measuredRun = true;
    }
    currentArrival = arrival;
    route(sourceNode, id, eventTime, count, (missed ? LATE : 0) | (grouped ? GROUP : 0));
  }

  /**
   * Takes one unit that crossed {@code edge} from another job into the current run, with its
   * identity, count and {@link Crossing} flags.
   */
  void offerCrossing(
      int edge,
      long id,
      long eventTime,
      long arrival,
      long count,
      int crossingFlags,
      boolean missed) {
    if (eventTime >= warmup) {
      measuredRun = true;
    }
    currentArrival = arrival;
    int flags =
        ((crossingFlags & Crossing.WINDOWED) != 0 ? WINDOWED : 0)
            | ((crossingFlags & Crossing.REFIRE) != 0 ? REFIRE : 0)
            | ((crossingFlags & Crossing.LATE) != 0 || missed ? LATE : 0)
            | ((crossingFlags & Crossing.GROUP) != 0 ? GROUP : 0);
    times.input(topology.edgeTo(edge), arrival, weight(count, flags));
    arrive(topology.edgeTo(edge), id, eventTime, count, flags);
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
      byte role = scope.role(e);
      if (role == JobScope.INTERNAL) {
        if (topology.isSource(from)) {
          times.input(topology.edgeTo(e), currentArrival, weight(count, flags));
        } else {
          times.internal(e, weight(count, flags));
        }
        arrive(topology.edgeTo(e), id, te, count, flags);
      } else if (role == JobScope.OUT) {
        outBuffers[e].add(te, count, flags, id);
      }
    }
  }

  /**
   * What a unit counts for in the stage figures and backlogs: a group its records; a record, or a
   * window's results, one (as exact counts them).
   */
  private static long weight(long count, int flags) {
    return (flags & WINDOWED) != 0 ? 1 : count;
  }

  private void arrive(int i, long id, long te, long count, int flags) {
    long weight = weight(count, flags);
    nodeStats[i].addArrived(weight);
    units[i] += weight;
    if (nodes[i] instanceof Sink) {
      sinkBuffers[i].add(te, count, flags);
      return;
    }
    Transform t = (Transform) nodes[i];
    long key = topology.key(i);
    boolean group = (flags & GROUP) != 0 && (flags & WINDOWED) == 0;
    double draw =
        costs[i].isFixed() || group
            ? costs[i].meanNanos()
            : costs[i].sample(streams.of(key, id, COST));
    costNanos[i] += draw * count;
    if (windows[i] != null) {
      aggregate(i, te, count, flags);
      return;
    }
    nodeStats[i].addDeparted(weight);
    double s = t.selectivity();
    if (count != 1 || (flags & WINDOWED) != 0) {
      long m = outputs(key, count * s, id);
      if (m > 0) {
        nodeStats[i].addEmitted(group ? m : 1);
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
    long weight = weight(count, flags);
    if ((flags & REFIRE) != 0) {
      // an update of an upstream window result: it re-fires this stage's windows as well
      nodeStats[i].addDeparted(1);
      windows[i].add(te, count, false, true, watermark);
      return;
    }
    boolean measured = te >= warmup;
    var outcome = windows[i].add(te, count, measured, (flags & LATE) != 0, watermark);
    if (outcome == WindowBook.Outcome.DROPPED) {
      nodeStats[i].addDropped(weight);
    } else {
      nodeStats[i].addDeparted(weight);
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
    times.runStarts(runStart);
    for (int i : topology.topologicalOrder()) {
      if (windows[i] != null) {
        emitWindows(i, emitUpTo);
      }
    }
    long jobEnd = jobStart;
    for (int i : topology.topologicalOrder()) {
      if (nodes[i] instanceof Transform t && scope.member(i)) {
        long begin = upstreamEnd(i, jobStart);
        ends[i] = begin + t.overhead().nanos() + Sampler.toNanos(costNanos[i] / t.parallelism());
        jobEnd = Math.max(jobEnd, ends[i]);
        times.stageEnds(i, ends[i], units[i], ends);
        book(i, runStart, costNanos[i]);
      } else if (nodes[i] instanceof Sink s && scope.writes(i)) {
        long visible = upstreamEnd(i, jobStart) + s.commit().nanos();
        ends[i] = visible;
        deliver(i, visible);
        times.stageEnds(i, visible, units[i], ends);
        book(i, runStart, 0);
      }
    }
    for (int e = 0; e < outBuffers.length; e++) {
      if (outBuffers[e] != null) {
        cross(e, ends[topology.edgeFrom(e)]);
      }
    }
    measuredRun = false;
    return jobEnd;
  }

  private long upstreamEnd(int i, long jobStart) {
    long begin = jobStart;
    for (int e : topology.inEdges(i)) {
      int from = topology.edgeFrom(e);
      if (topology.isTransform(from) && scope.role(e) == JobScope.INTERNAL) {
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
      nodeStats[i].addDeparted(weight(count, flags));
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

  /** Hands the units that left on {@code edge} this run to the next job, visible at {@code at}. */
  private void cross(int edge, long at) {
    UnitBuffer buffer = outBuffers[edge];
    Crossing crossing = scope.output(edge);
    for (int u = 0; u < buffer.size(); u++) {
      int flags = buffer.flags(u);
      int crossed =
          ((flags & WINDOWED) != 0 ? Crossing.WINDOWED : 0)
              | ((flags & REFIRE) != 0 ? Crossing.REFIRE : 0)
              | ((flags & LATE) != 0 ? Crossing.LATE : 0)
              | ((flags & GROUP) != 0 ? Crossing.GROUP : 0);
      crossing.add(at, buffer.eventTime(u), buffer.id(u), buffer.count(u), crossed);
    }
    buffer.clear();
  }

  /** Busy time of a run that started in the measured period. */
  private void book(int i, long runStart, double busy) {
    if (units[i] > 0 && runStart >= warmup && runStart < horizon) {
      nodeStats[i].addBusy(busy);
    }
    units[i] = 0;
    costNanos[i] = 0;
  }

  /** Closes the stage backlogs: the mean (integral) and maximum over the measured period. */
  void finish() {
    times.finish();
  }

  /** Records that reached an aggregate's windows and were never emitted, per stage. */
  long pendingInWindows(int i) {
    return windows[i] == null ? 0 : windows[i].pendingRecords();
  }
}
