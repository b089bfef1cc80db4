package dev.napkin.simulator.mode.streaming;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.engine.EventLoop;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.Crossing;
import dev.napkin.simulator.mode.JobScope;
import dev.napkin.simulator.mode.LoadAnalysis;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.mode.ScopedJob;
import dev.napkin.simulator.mode.Topology;
import dev.napkin.simulator.random.RecordStreams;
import dev.napkin.simulator.random.Sampler;
import dev.napkin.simulator.workload.GroupPlan;
import dev.napkin.simulator.workload.RecordSource;
import dev.napkin.simulator.workload.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One replication of a flow in streaming mode: builds the parts (a {@link SourceFeeder} per source,
 * a {@link Stage} per transform with a {@link Mapper} or {@link Aggregator}, a {@link SinkWriter}
 * per sink, one {@link Router}), runs the event loop to the horizon plus the {@link DrainPeriod},
 * and closes the books. The event types are below; an event's target is a node, or an edge for a
 * hop, and its slot a record.
 *
 * <p>In a hybrid flow it runs one streaming job ({@link JobScope}): only the job's stages, the
 * sources it reads and the sinks it writes; units crossing from upstream jobs come in through a
 * {@link CrossingFeeder} per edge, units leaving for other jobs go out through a {@link
 * CrossingWriter}; the run goes on until the job's input end plus the drain period.
 */
public final class StreamingRun implements EventLoop.Handler, Overload, ScopedJob {
  static final int GENERATE = 0;
  static final int SOURCE_ARRIVAL = 1;
  static final int HOP = 2;
  static final int DONE = 3;
  static final int CROSSING = 4;

  /** At equal times a finishing service frees its server before an arrival looks for one. */
  static final int PRIORITY_DONE = 0;

  static final int PRIORITY_ARRIVAL = 1;
  static final int PRIORITY_GENERATE = 2;

  private static final double NANOS_PER_HOUR = 3_600e9;

  private final Topology topology;
  private final LoadAnalysis load;
  private final RunStats stats = new RunStats("streaming");
  private final EventLoop loop = new EventLoop();
  private final StreamingParts parts;
  private final SourceFeeder[] feeders;
  private final Stage[] stages;
  private final SinkWriter[] sinks;
  private final CrossingFeeder[] crossingFeeders;
  private final JobScope scope;
  private final long end;

  private final Optional<StageLoadShape> shape;

  public StreamingRun(RunInput input, int maxLiveRecords, VisibilityObserver observer) {
    this(input, maxLiveRecords, observer, Optional.empty());
  }

  /**
   * The flow in streaming mode.
   *
   * @param groups aggregate fidelity's grouping (empty: exact, every record its own unit)
   */
  public StreamingRun(
      RunInput input, int maxLiveRecords, VisibilityObserver observer, Optional<GroupPlan> groups) {
    this(input, maxLiveRecords, observer, whole(input), groups);
  }

  /** One streaming job of a hybrid flow (or, with a whole scope, the flow in streaming mode). */
  public StreamingRun(
      RunInput input, int maxLiveRecords, VisibilityObserver observer, JobScope scope) {
    this(input, maxLiveRecords, observer, scope, Optional.empty());
  }

  /**
   * One streaming job of a hybrid flow at the given fidelity. Aggregate (a plan) needs the job's
   * input to come from sources only: its stages are analytic, which assumes arrivals as steady as
   * the sources', not the bursts another job's runs hand on.
   */
  public StreamingRun(
      RunInput input,
      int maxLiveRecords,
      VisibilityObserver observer,
      JobScope scope,
      Optional<GroupPlan> groups) {
    if (scope.mode() != ExecutionMode.STREAMING) {
      throw new IllegalArgumentException("a " + scope.mode().specName() + " job is not streaming");
    }
    if (groups.isPresent() && !scope.inputs().isEmpty()) {
      throw new IllegalArgumentException(
          "aggregate fidelity: a streaming job that takes another job's output runs exact");
    }
    this.scope = scope;
    topology = scope.topology();
    long horizon = input.settings().horizon().nanos();
    long warmup = Math.min(input.settings().warmup().nanos(), horizon);
    var settings = input.flow().execution().streaming();
    load = LoadAnalysis.of(topology, input.traces(), horizon);
    shape = groups.map(g -> new StageLoadShape(topology, load));
    if (groups.isPresent()) {
      stats.setFidelity(SimulationSettings.Fidelity.AGGREGATE);
    }
    end = scope.inputEnd() + DrainPeriod.of(topology, settings);
    RecordStreams streams = new RecordStreams(input.settings().seed(), input.replication());
    RecordPool pool = new RecordPool(1 << 12, maxLiveRecords);
    Router router =
        new Router(topology, pool, loop, streams, settings.bufferTimeout().nanos(), this, scope);
    parts = new StreamingParts(loop, pool, streams, router, this, warmup, horizon);
    stats.setMeasuredNanos(horizon - warmup);

    int n = topology.nodeCount();
    feeders = new SourceFeeder[n];
    stages = new Stage[n];
    sinks = new SinkWriter[n];
    List<RecordSource> sources =
        Workload.units(input.flow(), input.traces(), streams, horizon, groups);
    int nextSource = 0;
    CheckpointGate gate = CheckpointGate.of(settings);
    long delay = settings.watermarkDelay().nanos();
    for (int i = 0; i < n; i++) {
      Node node = topology.node(i);
      if (node instanceof Transform t) {
        if (scope.member(i)) {
          stages[i] = stage(i, t, delay);
        }
      } else if (node instanceof Sink s) {
        if (scope.writes(i)) {
          stats.node(s.id());
          sinks[i] =
              new SinkWriter(s, gate, stats.sink(s.id()), stats.node(s.id()), parts, end, observer);
        }
      } else {
        RecordSource records = sources.get(nextSource++);
        if (scope.reads(i)) {
          feeders[i] = new SourceFeeder(i, records, delay, parts);
        }
      }
    }
    CrossingWriter[] writers = new CrossingWriter[topology.edgeCount()];
    for (int e = 0; e < writers.length; e++) {
      if (scope.role(e) == JobScope.OUT) {
        writers[e] = new CrossingWriter(scope.output(e), gate, pool, groups.isPresent());
      }
    }
    List<Crossing> inputs = scope.inputs();
    crossingFeeders = new CrossingFeeder[inputs.size()];
    for (int c = 0; c < inputs.size(); c++) {
      crossingFeeders[c] = new CrossingFeeder(c, inputs.get(c), delay, parts);
    }
    router.connect(stages, sinks, writers);
  }

  private Stage stage(int i, Transform t, long watermarkDelay) {
    long key = topology.key(i);
    var nodeStats = stats.node(t.id());
    Stage stage = new Stage(i, key, t.parallelism(), Sampler.of(t.cost()), nodeStats, parts);
    if (shape.isPresent()) {
      StageLoadShape s = shape.get();
      stage.analytic(
          new AnalyticQueue(
              t.parallelism(),
              Sampler.of(t.cost()),
              load.utilization(i),
              s.factor(i),
              s.peak(i),
              s.arrivalScv(i)));
    }
    Watermarks watermarks = new Watermarks(topology.inEdges(i).length);
    if (t.isAggregate()) {
      List<SinkStats> downstream = new ArrayList<>();
      for (int s : topology.downstreamSinks(i)) {
        downstream.add(stats.sink(topology.node(s).id()));
      }
      stage.logic(new Aggregator(i, key, t, watermarks, parts, nodeStats, downstream));
    } else {
      stage.logic(new Mapper(i, key, t.selectivity(), watermarks, parts, nodeStats));
    }
    return stage;
  }

  private static JobScope whole(RunInput input) {
    return JobScope.whole(
        Topology.of(input.flow()), ExecutionMode.STREAMING, input.settings().horizon().nanos());
  }

  /** Runs to the end (or until unstable) and returns what was observed. */
  @Override
  public RunStats run(RunControl control) {
    bill();
    var unstable = load.instability();
    if (unstable.isPresent()) {
      stats.markUnstable(unstable.get());
      return stats;
    }
    for (SourceFeeder feeder : feeders) {
      if (feeder != null) {
        feeder.start();
      }
    }
    for (CrossingFeeder feeder : crossingFeeders) {
      feeder.start();
    }
    loop.run(this, end, control);
    long stop = loop.now();
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (stages[i] != null) {
        stages[i].finish(stop);
      } else if (sinks[i] != null) {
        sinks[i].finish(stop);
      }
    }
    stats.addEvents(loop.processed());
    stats.observeLiveUnits(parts.pool().peak());
    return stats;
  }

  @Override
  public void handle(int type, int target, int slot) {
    long now = loop.now();
    switch (type) {
      case GENERATE -> feeders[target].generate(now);
      case SOURCE_ARRIVAL -> feeders[target].lateArrival(slot, now);
      case HOP -> parts.router().deliver(target, slot, now);
      case DONE -> stages[target].complete(slot, now);
      case CROSSING -> crossingFeeders[target].arrive(now);
      default -> throw new IllegalStateException("unknown event type " + type);
    }
  }

  /**
   * The pool is full: some backlog outgrew memory. Report the stage with the most records as
   * unstable, with its backlog growth averaged over the run, and stop.
   */
  @Override
  public void poolFull(long now) {
    if (loop.stopped()) {
      return;
    }
    Stage worst =
        Arrays.stream(stages)
            .filter(s -> s != null)
            .max((a, b) -> Long.compare(a.inSystem(), b.inSystem()))
            .orElse(null);
    if (worst != null) {
      double seconds = Math.max(now, 1) / 1e9;
      stats.markUnstable(
          new RunStats.Instability(
              topology.node(worst.node()).id(),
              load.utilization(worst.node()),
              worst.inSystem() / seconds));
    }
    loop.stop();
  }

  /** Streaming bills every stage of the job: its parallelism all the time, and one job. */
  private void bill() {
    double hours = stats.measuredNanos() / NANOS_PER_HOUR;
    boolean anyStage = false;
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.node(i) instanceof Transform t && scope.member(i)) {
        anyStage = true;
        stats.bill(RunStats.Billing.vcpu(t.id(), ExecutionMode.STREAMING, t.parallelism() * hours));
      }
    }
    if (anyStage) {
      stats.bill(RunStats.Billing.job(ExecutionMode.STREAMING, hours));
    }
  }

  /** When the run ends: the horizon (a hybrid job: its input end) plus the drain period. */
  @Override
  public long end() {
    return end;
  }
}
