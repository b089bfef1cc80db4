package dev.napkin.simulator.sweep;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.run.SimulationFailedException;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.run.Simulator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Simulates every point of a grid and finds, per sink, the Pareto frontier of monthly cost against
 * the latency at the sink's SLA percentile (stable points only), and the cheapest point that meets
 * every SLA. Points run in parallel, one thread each (each point's replications run one after the
 * other on that thread), so the cores are used without oversubscribing them. Progress is the mean
 * share done over the points; cancelling the control stops every point soon.
 */
public final class Sweep {
  private final int threads;

  /** One point at a time per available processor. */
  public Sweep() {
    this(Runtime.getRuntime().availableProcessors());
  }

  public Sweep(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread is needed, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Sweeps the grid; blocks until done.
   *
   * @throws CancellationException when the control was cancelled
   * @throws SimulationFailedException when a point's simulation threw (the first in grid order)
   */
  public SweepResult run(SweepRequest request, RunControl control) {
    List<Planned> plan = plan(request);
    List<ModeResult> results = new PointBatch(plan, threads).run(control);
    List<SweepPoint> points = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      Planned p = plan.get(i);
      points.add(new SweepPoint(p.mode(), p.knob(), p.scale(), p.configured(), results.get(i)));
    }
    Flow flow = request.base().flow();
    return new SweepResult(points, frontiers(flow, points), cheapestMeetingAll(points));
  }

  /** A point to simulate, with the request that simulates it. */
  record Planned(
      String mode, Duration knob, double scale, Flow configured, SimulationRequest request) {}

  /** Every grid point in grid order; a configuration equal to an earlier one is left out. */
  static List<Planned> plan(SweepRequest request) {
    SimulationRequest base = request.base();
    List<Planned> plan = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    request
        .grid()
        .knobs()
        .forEach(
            (mode, knobs) -> {
              for (Duration knob : knobs) {
                for (double scale : request.grid().scales()) {
                  Flow configured = Configurations.configure(base.flow(), mode, knob, scale);
                  List<Object> key =
                      List.of(
                          mode, knob, configured.transforms().map(Transform::parallelism).toList());
                  if (seen.add(key)) {
                    SimulationRequest single =
                        new SimulationRequest(
                            configured,
                            base.settings(),
                            base.traces(),
                            List.of(request.simulator(mode)),
                            base.prices());
                    plan.add(new Planned(mode, knob, scale, configured, single));
                  }
                }
              }
            });
    return plan;
  }

  /** Per sink of the flow, the frontier among stable points where the sink saw results. */
  static Map<NodeId, List<SweepPoint>> frontiers(Flow flow, List<SweepPoint> points) {
    Map<NodeId, List<SweepPoint>> bySink = new LinkedHashMap<>();
    for (Sink sink : flow.sinks().toList()) {
      bySink.put(sink.id(), frontier(sink.id(), points));
    }
    return bySink;
  }

  static List<SweepPoint> frontier(NodeId sink, List<SweepPoint> points) {
    return ParetoFrontier.of(
        points,
        p ->
            p.stable()
                ? p.slaLatencySeconds(sink)
                    .map(
                        latency ->
                            new ParetoFrontier.Objectives(
                                p.costPerMonthUsd().doubleValue(), latency))
                : Optional.empty());
  }

  /**
   * The cheapest point meeting every SLA; among equal costs (a micro-batch trigger does not change
   * the always-on bill), the fastest — the smallest worst latency ÷ target over the sinks — then
   * the one with most headroom on every target, then the first.
   */
  public static Optional<SweepPoint> cheapestMeetingAll(List<SweepPoint> points) {
    return points.stream()
        .filter(SweepPoint::meetsAllSlas)
        .min(
            Comparator.comparing(SweepPoint::costPerMonthUsd)
                .thenComparingDouble(Sweep::worstLatencyMiss)
                .thenComparingDouble(p -> p.result().worstRelativeMiss()));
  }

  private static double worstLatencyMiss(SweepPoint point) {
    return point.result().sinks().stream().mapToDouble(SinkResult::latencyMiss).max().orElse(0);
  }

  /** Runs one planned point alone: one mode, one thread. */
  static ModeResult simulate(Planned point, RunControl control) {
    return new Simulator(1).run(point.request(), control).modes().get(0);
  }
}
