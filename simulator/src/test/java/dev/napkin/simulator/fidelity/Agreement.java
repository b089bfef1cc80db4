package dev.napkin.simulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.SimulationSettings.Fidelity;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.RunInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Runs one mode at exact and at aggregate fidelity on the same flow and settings and compares, per
 * sink, p50/p95/p99 (relative), SLA attainment and completeness (absolute, in percentage points).
 * Attainment is judged at the sink's SLA target, or without one at the exact run's p90 (where the
 * share is most sensitive to a shift of the distribution).
 */
final class Agreement {
  /** The tolerances: 2 % on percentiles, 0.5 percentage points on shares. */
  static final double PERCENTILE_TOLERANCE = 0.02;

  static final double SHARE_TOLERANCE = 0.005;

  record SinkFigures(
      String sink,
      long results,
      double p50,
      double p95,
      double p99,
      double within,
      double complete) {}

  record Comparison(String mode, RunStats exact, RunStats aggregate, List<String> lines) {}

  private Agreement() {}

  static RunStats run(ModeSimulator mode, Flow flow, SimulationSettings settings, Fidelity f) {
    SimulationSettings used = settings.withFidelity(f);
    return mode.run(new RunInput(flow.withSimulation(used), used, Map.of(), 0), RunControl.none());
  }

  static Comparison compare(ModeSimulator mode, Flow flow, SimulationSettings settings) {
    long t0 = System.nanoTime();
    RunStats exact = run(mode, flow, settings, Fidelity.EXACT);
    long t1 = System.nanoTime();
    RunStats aggregate = run(mode, flow, settings, Fidelity.AGGREGATE);
    long t2 = System.nanoTime();
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "%s exact %.2f s, aggregate %.2f s", mode.name(), (t1 - t0) / 1e9, (t2 - t1) / 1e9));
    for (var e : exact.sinks().entrySet()) {
      NodeId sink = e.getKey();
      SinkStats a = aggregate.sinks().get(sink);
      long target = target(flow, sink, e.getValue().latencies());
      lines.add(mode.name() + " " + sink + " exact " + figures(e.getValue(), target));
      lines.add(mode.name() + " " + sink + " aggr. " + figures(a, target));
    }
    return new Comparison(mode.name(), exact, aggregate, lines);
  }

  private static long target(Flow flow, NodeId sink, Histogram exact) {
    var sla = flow.sinks().filter(s -> s.id().equals(sink)).findFirst().orElseThrow().sla();
    if (sla.latency().isPresent()) {
      return sla.latency().get().nanos();
    }
    return exact.getTotalCount() == 0 ? 0 : exact.getValueAtPercentile(90);
  }

  static String figures(SinkStats s, long target) {
    Histogram h = s.latencies();
    if (h.getTotalCount() == 0) {
      return "no results, completeness " + s.completeness();
    }
    return String.format(
        java.util.Locale.ROOT,
        "n=%d p50=%.4f p95=%.4f p99=%.4f within=%.4f complete=%.5f late=%d dropped=%d",
        h.getTotalCount(),
        h.getValueAtPercentile(50) / 1e9,
        h.getValueAtPercentile(95) / 1e9,
        h.getValueAtPercentile(99) / 1e9,
        within(h, target),
        s.completeness(),
        s.late(),
        s.dropped());
  }

  private static double sq(double x) {
    return x * x;
  }

  static double within(Histogram h, long target) {
    return h.getTotalCount() == 0
        ? 0
        : h.getCountBetweenValues(0, target) / (double) h.getTotalCount();
  }

  /** Asserts every sink's figures agree within the tolerances. */
  static void assertAgrees(Flow flow, Comparison c) {
    assertAgrees(flow, c, 0);
  }

  /**
   * As {@link #assertAgrees(Flow, Comparison)}, except that a sink with fewer than {@code units}
   * visible results units (window firings) has its latency compared in mean, within four standard
   * errors of the two runs' means: percentiles of a few dozen firings differ by more than 2 %
   * between two exact runs with different seeds.
   */
  static void assertAgrees(Flow flow, Comparison c, long fewUnits) {
    assertThat(c.aggregate().fidelity()).isEqualTo(Fidelity.AGGREGATE);
    assertThat(c.exact().fidelity()).isEqualTo(Fidelity.EXACT);
    String all = String.join("\n", c.lines());
    for (var e : c.exact().sinks().entrySet()) {
      Histogram x = e.getValue().latencies();
      SinkStats agg = c.aggregate().sinks().get(e.getKey());
      Histogram y = agg.latencies();
      assertThat(y.getTotalCount() > 0)
          .as("aggregate results\n" + all)
          .isEqualTo(x.getTotalCount() > 0);
      if (x.getTotalCount() > 0 && fewUnits > 0) {
        double se =
            Math.sqrt(sq(x.getStdDeviation()) / fewUnits + sq(y.getStdDeviation()) / fewUnits);
        assertThat(Math.abs(y.getMean() - x.getMean()))
            .as("mean at %s\n%s", e.getKey(), all)
            .isLessThanOrEqualTo(4 * se);
      } else if (x.getTotalCount() > 0) {
        for (double p : new double[] {50, 95, 99}) {
          double ex = x.getValueAtPercentile(p);
          double ag = y.getValueAtPercentile(p);
          assertThat(Math.abs(ag - ex) / ex)
              .as("p%s at %s\n%s", p, e.getKey(), all)
              .isLessThanOrEqualTo(PERCENTILE_TOLERANCE);
        }
        long target = target(flow, e.getKey(), x);
        assertThat(Math.abs(within(y, target) - within(x, target)))
            .as("attainment at %s\n%s", e.getKey(), all)
            .isLessThanOrEqualTo(SHARE_TOLERANCE);
      }
      assertThat(Math.abs(agg.completeness() - e.getValue().completeness()))
          .as("completeness at %s\n%s", e.getKey(), all)
          .isLessThanOrEqualTo(SHARE_TOLERANCE);
    }
  }
}
