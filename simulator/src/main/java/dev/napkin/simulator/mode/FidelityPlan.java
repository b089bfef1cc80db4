package dev.napkin.simulator.mode;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.SimulationSettings.Fidelity;
import dev.napkin.model.flow.TraceData;
import java.util.Map;
import java.util.Optional;

/**
 * Which fidelity a run uses and, for aggregate, how records are grouped (SIMULATION.md,
 * "Fidelity"). {@code auto} is exact when a mode's whole run takes fewer than {@link #AUTO_LIMIT}
 * record steps (records reaching each stage and sink, summed, per replication, times the
 * replications: three replications are three times the work), aggregate otherwise. Aggregate groups
 * a source's records by event-time slice; each group moves as {@link #PARTICLES} weighted units,
 * and the slice is chosen so that a replication moves about {@code budget} units in all: the cost
 * of a run then depends on the budget, not on the number of records.
 */
public final class FidelityPlan {
  /** Record steps of a mode's whole run (all replications) above which auto picks aggregate. */
  public static final double AUTO_LIMIT = 5e7;

  /** Units per group: stratified points of the group's event times and lateness. */
  public static final int PARTICLES = 8;

  /** Units a replication moves in aggregate fidelity, all sources together. */
  public static final long DEFAULT_BUDGET = 1L << 20;

  private static final long MIN_SPAN = 1_000_000L;

  private FidelityPlan() {}

  /** The fidelity a replication of this flow and settings runs at: exact or aggregate. */
  public static Fidelity used(Flow flow, SimulationSettings settings, Map<NodeId, TraceData> t) {
    Fidelity asked = settings.fidelity();
    if (asked != Fidelity.AUTO) {
      return asked;
    }
    return work(flow, settings, t) < AUTO_LIMIT ? Fidelity.EXACT : Fidelity.AGGREGATE;
  }

  /** Record steps of one mode's whole run: {@link #recordSteps} × the replications. */
  public static double work(Flow flow, SimulationSettings settings, Map<NodeId, TraceData> t) {
    return recordSteps(flow, settings, t) * settings.replications();
  }

  /** Records reaching every transform and sink over the horizon (expected, one replication). */
  public static double recordSteps(
      Flow flow, SimulationSettings settings, Map<NodeId, TraceData> traces) {
    long horizon = settings.horizon().nanos();
    Topology topology = Topology.of(flow);
    LoadAnalysis load = LoadAnalysis.of(topology, traces, horizon);
    double perSecond = 0;
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (!topology.isSource(i)) {
        perSecond += load.inRate(i);
      }
    }
    return perSecond * horizon / 1e9;
  }

  /** The grouping of an aggregate-fidelity replication; empty when it runs exact. */
  public static Optional<dev.napkin.simulator.workload.GroupPlan> groups(
      RunInput input, long budget) {
    if (used(input.flow(), input.settings(), input.traces()) != Fidelity.AGGREGATE) {
      return Optional.empty();
    }
    long horizon = input.settings().horizon().nanos();
    long sources = Math.max(1, input.flow().sources().count());
    double span = (double) horizon * PARTICLES * sources / Math.max(1, budget);
    long spanNanos = (long) Math.max(MIN_SPAN, Math.min(span, Math.max(MIN_SPAN, horizon)));
    return Optional.of(new dev.napkin.simulator.workload.GroupPlan(spanNanos, PARTICLES));
  }
}
