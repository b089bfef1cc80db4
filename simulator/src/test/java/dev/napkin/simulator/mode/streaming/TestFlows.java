package dev.napkin.simulator.mode.streaming;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
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

/** Small flows for streaming tests. */
final class TestFlows {
  private TestFlows() {}

  static Duration ms(double millis) {
    return Duration.ofNanos(Math.round(millis * 1e6));
  }

  static Duration s(double seconds) {
    return Duration.ofSeconds(seconds);
  }

  static Source source(String id, double rate, Arrivals arrivals) {
    return source(id, rate, arrivals, Optional.empty());
  }

  static Source source(String id, double rate, Arrivals arrivals, Optional<Distribution> lateness) {
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

  static Source source(String id, double rate, Profile profile) {
    return new Source(
        NodeId.of(id),
        id,
        Optional.empty(),
        Rate.perSecond(rate),
        Arrivals.POISSON,
        profile,
        Source.DEFAULT_RECORD_SIZE,
        Optional.empty());
  }

  static Transform stage(String id, Distribution cost, int parallelism) {
    return stage(id, cost, parallelism, 1.0);
  }

  static Transform stage(String id, Distribution cost, int parallelism, double selectivity) {
    return new Transform(
        NodeId.of(id),
        id,
        Optional.empty(),
        Op.MAP,
        cost,
        Duration.ZERO,
        selectivity,
        parallelism,
        Optional.empty(),
        1,
        Optional.empty());
  }

  static Transform aggregate(String id, Distribution cost, Window window, long keys) {
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

  static Sink sink(String id, Duration commit) {
    return new Sink(NodeId.of(id), id, Optional.empty(), commit, Sla.NONE);
  }

  static Edge edge(String from, String to) {
    return Edge.of(from, to);
  }

  static Edge edge(String from, String to, Duration transport) {
    return new Edge(NodeId.of(from), NodeId.of(to), Optional.empty(), transport);
  }

  /** At-least-once, no buffering, no watermark delay unless set: nothing but the queues. */
  static Execution.Streaming plain() {
    return new Execution.Streaming(
        Duration.ofSeconds(60),
        Duration.ofSeconds(1),
        Execution.Delivery.AT_LEAST_ONCE,
        Duration.ZERO,
        Duration.ZERO);
  }

  static Flow flow(List<Node> nodes, List<Edge> edges, Execution.Streaming streaming) {
    Flow flow = Flow.of("test", nodes, edges);
    return flow.withExecution(
        new Execution(
            flow.execution().mode(),
            flow.execution().batch(),
            flow.execution().microBatch(),
            streaming));
  }

  static RunInput input(Flow flow, Duration horizon, Duration warmup, long seed, int replication) {
    SimulationSettings settings =
        SimulationSettings.DEFAULTS.withHorizon(horizon).withWarmup(warmup).withSeed(seed);
    return new RunInput(flow, settings, Map.of(), replication);
  }

  static Distribution exp(Duration mean) {
    return new Distribution.Exponential(mean);
  }

  static Distribution fixed(Duration value) {
    return Distribution.fixed(value);
  }
}
