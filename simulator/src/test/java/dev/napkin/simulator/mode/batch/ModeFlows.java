package dev.napkin.simulator.mode.batch;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import dev.napkin.simulator.mode.RunInput;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small flows for batch, micro-batch and contract tests. */
public final class ModeFlows {
  private ModeFlows() {}

  public static Duration s(double seconds) {
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  public static Source source(
      String id, double rate, Arrivals arrivals, Optional<Distribution> lateness) {
    return new Source(
        NodeId.of(id),
        id,
        Optional.empty(),
        Rate.perSecond(rate),
        arrivals,
        Profile.CONSTANT,
        Source.DEFAULT_RECORD_SIZE,
        lateness);
  }

  public static Transform stage(
      String id, Distribution cost, Duration overhead, int parallelism, double selectivity) {
    return new Transform(
        NodeId.of(id),
        id,
        Optional.empty(),
        Op.MAP,
        cost,
        overhead,
        selectivity,
        parallelism,
        Optional.empty(),
        1,
        Optional.empty());
  }

  public static Transform aggregate(String id, Distribution cost, Window window, long keys) {
    return new Transform(
        NodeId.of(id),
        id,
        Optional.empty(),
        Op.AGGREGATE,
        cost,
        Duration.ZERO,
        1.0,
        1,
        Optional.of(window),
        keys,
        Optional.empty());
  }

  public static Sink sink(String id, Duration commit) {
    return new Sink(NodeId.of(id), id, Optional.empty(), commit, Sla.NONE);
  }

  public static Edge edge(String from, String to) {
    return Edge.of(from, to);
  }

  public static Flow jobFlow(
      List<Node> nodes,
      List<Edge> edges,
      ExecutionMode mode,
      Execution.Batch batch,
      Execution.MicroBatch microBatch) {
    Flow flow = Flow.of("test", nodes, edges);
    return flow.withExecution(new Execution(mode, batch, microBatch, flow.execution().streaming()));
  }

  public static Execution.Batch batch(Duration every, Duration startup) {
    return new Execution.Batch(every, startup, Execution.Partition.ARRIVAL, Duration.ZERO);
  }

  public static Execution.Batch eventBatch(Duration every, Duration startup, Duration grace) {
    return new Execution.Batch(every, startup, Execution.Partition.EVENT, grace);
  }

  public static Execution.MicroBatch micro(Duration every, Duration overhead, Duration delay) {
    return new Execution.MicroBatch(every, overhead, Optional.of(delay));
  }

  public static RunInput input(
      Flow flow, Duration horizon, Duration warmup, long seed, int replication) {
    SimulationSettings settings =
        SimulationSettings.DEFAULTS.withHorizon(horizon).withWarmup(warmup).withSeed(seed);
    return new RunInput(flow, settings, Map.of(), replication);
  }

  public static Distribution fixed(Duration value) {
    return Distribution.fixed(value);
  }

  public static Distribution exp(Duration mean) {
    return new Distribution.Exponential(mean);
  }
}
