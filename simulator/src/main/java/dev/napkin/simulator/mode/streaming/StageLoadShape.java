package dev.napkin.simulator.mode.streaming;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.mode.LoadAnalysis;
import dev.napkin.simulator.mode.Topology;
import dev.napkin.simulator.workload.RateShape;
import java.util.function.DoubleUnaryOperator;

/**
 * How a stage's offered load moves with its sources' profiles (aggregate fidelity): the records
 * reaching stage i from source s through maps, filters and joins follow s's rate shape; window
 * results and trace sources count at their mean. Also the gaps' squared coefficient of variation at
 * the stage, weighted by where its records come from (Poisson 1, uniform gaps 1/3, deterministic
 * 0).
 */
final class StageLoadShape {
  private final Topology topology;
  private final LoadAnalysis load;
  private final double[][] fromSource;
  private final RateShape[] shapes;
  private final double[] sourceScv;

  StageLoadShape(Topology topology, LoadAnalysis load) {
    this.topology = topology;
    this.load = load;
    int n = topology.nodeCount();
    fromSource = new double[n][];
    shapes = new RateShape[n];
    sourceScv = new double[n];
    for (int s = 0; s < n; s++) {
      if (topology.node(s) instanceof Source source) {
        fromSource[s] = propagate(s);
        shapes[s] =
            source.profile() instanceof Profile.Trace
                ? RateShape.ConstantShape.INSTANCE
                : RateShape.of(source.profile());
        sourceScv[s] = scv(source.arrivals());
      }
    }
  }

  private static double scv(Arrivals arrivals) {
    if (arrivals == Arrivals.POISSON) {
      return 1;
    }
    return arrivals == Arrivals.UNIFORM ? 1.0 / 3 : 0;
  }

  /** Records per second from source s reaching each node, through non-aggregate stages. */
  private double[] propagate(int s) {
    int n = topology.nodeCount();
    double[] in = new double[n];
    double[] out = new double[n];
    for (int i : topology.topologicalOrder()) {
      if (i == s) {
        out[i] = load.outRate(i);
        continue;
      }
      for (int e : topology.inEdges(i)) {
        in[i] += out[topology.edgeFrom(e)];
      }
      if (topology.node(i) instanceof Transform t && !t.isAggregate()) {
        out[i] = in[i] * t.selectivity();
      }
    }
    return in;
  }

  /** Stage i's offered load at a clock time, relative to its mean. */
  DoubleUnaryOperator factor(int i) {
    double total = load.inRate(i);
    if (!(total > 0)) {
      return t -> 1;
    }
    return t -> {
      double sum = 0;
      double shaped = 0;
      for (int s = 0; s < fromSource.length; s++) {
        if (fromSource[s] != null && fromSource[s][i] > 0) {
          sum += fromSource[s][i] * shapes[s].factor(t);
          shaped += fromSource[s][i];
        }
      }
      return (sum + Math.max(0, total - shaped)) / total;
    };
  }

  /** The largest factor (sources' peaks together: an upper bound). */
  double peak(int i) {
    double total = load.inRate(i);
    if (!(total > 0)) {
      return 1;
    }
    double sum = 0;
    double shaped = 0;
    for (int s = 0; s < fromSource.length; s++) {
      if (fromSource[s] != null && fromSource[s][i] > 0) {
        sum += fromSource[s][i] * shapes[s].peakFactor();
        shaped += fromSource[s][i];
      }
    }
    return (sum + Math.max(0, total - shaped)) / total;
  }

  /** The squared coefficient of variation of the gaps between arrivals at stage i. */
  double arrivalScv(int i) {
    double total = load.inRate(i);
    if (!(total > 0)) {
      return 1;
    }
    double sum = 0;
    double shaped = 0;
    for (int s = 0; s < fromSource.length; s++) {
      if (fromSource[s] != null && fromSource[s][i] > 0) {
        sum += fromSource[s][i] * sourceScv[s];
        shaped += fromSource[s][i];
      }
    }
    return (sum + Math.max(0, total - shaped)) / total;
  }
}
