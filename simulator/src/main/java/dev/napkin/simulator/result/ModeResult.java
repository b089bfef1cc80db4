package dev.napkin.simulator.result;

import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sla;
import dev.napkin.simulator.cost.CostBreakdown;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One mode's results over all replications: stable (no replication overloaded a stage), falling
 * behind (some trigger or batch run overran its period), why it is unstable, its monthly cost by
 * node (plus per-job charges), and per sink and per stage results in the flow's order.
 */
public record ModeResult(
    String mode,
    int replications,
    boolean stable,
    boolean fallingBehind,
    Optional<String> instability,
    CostBreakdown cost,
    List<SinkResult> sinks,
    List<NodeResult> nodes) {

  public ModeResult {
    sinks = List.copyOf(sinks);
    nodes = List.copyOf(nodes);
    if (stable == instability.isPresent()) {
      throw new IllegalArgumentException("an unstable mode says why, a stable one does not");
    }
  }

  public BigDecimal costPerMonthUsd() {
    return cost.total();
  }

  /** Stable, and every sink meets its SLA. */
  public boolean meetsAllSlas() {
    return stable && sinks.stream().allMatch(SinkResult::slaMet);
  }

  /** The sink that misses its SLA by the largest factor, if any sink has a target. */
  public Optional<SinkResult> worstSink() {
    return sinks.stream()
        .filter(s -> s.sla().hasTarget())
        .max(Comparator.comparingDouble(SinkResult::relativeMiss));
  }

  /** The largest relative miss over the sinks: infinite when unstable, 0 with no targets. */
  public double worstRelativeMiss() {
    if (!stable) {
      return Double.POSITIVE_INFINITY;
    }
    return worstSink().map(SinkResult::relativeMiss).orElse(0.0);
  }

  public Optional<SinkResult> sink(NodeId id) {
    return sinks.stream().filter(s -> s.sink().equals(id)).findFirst();
  }

  /** The same results with one sink judged against another SLA. */
  public ModeResult withSla(NodeId sinkId, Sla sla) {
    List<SinkResult> judged =
        sinks.stream().map(s -> s.sink().equals(sinkId) ? s.withSla(sla, stable) : s).toList();
    return new ModeResult(
        mode, replications, stable, fallingBehind, instability, cost, judged, nodes);
  }
}
