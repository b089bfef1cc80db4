package dev.napkin.simulator.mode;

import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.simulator.metrics.RunStats.Instability;
import dev.napkin.simulator.random.Sampler;
import dev.napkin.simulator.workload.Workload;
import java.util.Map;
import java.util.Optional;

/**
 * Long-run offered load per stage, from mean rates, selectivities and mean costs, before anything
 * is simulated. A stage's input rate is the sum of its upstream output rates (a fan-out sends a
 * copy down every edge); a transform emits input × selectivity; an aggregate emits, per window
 * ({@code 1/slide} per second), min(keys, records per window) results. Load ρ = input rate × mean
 * cost / parallelism (an aggregate's cost is per input record; its results cost their downstream
 * stages count × cost). Rates are weighted: a unit carrying n results counts n.
 */
public final class LoadAnalysis {
  private static final double NANOS = 1e9;

  private final Topology topology;
  private final double[] inRate;
  private final double[] outRate;
  private final double[] load;

  private LoadAnalysis(Topology topology, Map<NodeId, TraceData> traces, long horizonNanos) {
    this.topology = topology;
    int n = topology.nodeCount();
    inRate = new double[n];
    outRate = new double[n];
    load = new double[n];
    for (int i : topology.topologicalOrder()) {
      for (int e : topology.inEdges(i)) {
        inRate[i] += outRate[topology.edgeFrom(e)];
      }
      if (topology.node(i) instanceof Source s) {
        outRate[i] =
            Workload.meanRatePerSecond(s, Optional.ofNullable(traces.get(s.id())), horizonNanos);
      } else if (topology.node(i) instanceof Transform t) {
        outRate[i] = output(t, inRate[i]);
        double cost = Sampler.of(t.cost()).meanNanos() / NANOS;
        load[i] = inRate[i] == 0 ? 0 : inRate[i] * cost / t.parallelism();
      }
    }
  }

  public static LoadAnalysis of(
      Topology topology, Map<NodeId, TraceData> traces, long horizonNanos) {
    return new LoadAnalysis(topology, traces, horizonNanos);
  }

  private static double output(Transform t, double in) {
    if (!t.isAggregate()) {
      return in * t.selectivity();
    }
    if (in == 0 || t.window().isEmpty()) {
      return 0;
    }
    Window w = t.window().get();
    double perWindow = Math.min(t.keys(), in * w.size().seconds());
    return perWindow / w.slide().seconds();
  }

  /** Records per second reaching node i (weighted by results per unit). */
  public double inRate(int i) {
    return inRate[i];
  }

  /** Records per second leaving node i, on each of its outgoing edges. */
  public double outRate(int i) {
    return outRate[i];
  }

  /** ρ of transform i (0 for sources and sinks). */
  public double utilization(int i) {
    return load[i];
  }

  /**
   * The most loaded stage if its ρ ≥ 1, with how fast its backlog grows (input rate − capacity,
   * records per second).
   */
  public Optional<Instability> instability() {
    int worst = -1;
    for (int i = 0; i < load.length; i++) {
      if (topology.isTransform(i) && (worst < 0 || load[i] > load[worst])) {
        worst = i;
      }
    }
    if (worst < 0 || !(load[worst] >= 1)) {
      return Optional.empty();
    }
    double growth = inRate[worst] * (1 - 1 / load[worst]);
    return Optional.of(new Instability(topology.node(worst).id(), load[worst], growth));
  }
}
