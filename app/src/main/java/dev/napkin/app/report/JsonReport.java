package dev.napkin.app.report;

import static dev.napkin.app.report.JsonWriter.integer;
import static dev.napkin.app.report.JsonWriter.number;
import static dev.napkin.app.report.JsonWriter.object;

import dev.napkin.app.report.JsonWriter.Obj;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Sla;
import dev.napkin.simulator.cost.CostBreakdown;
import dev.napkin.simulator.cost.ModePrice;
import dev.napkin.simulator.metrics.Estimate;
import dev.napkin.simulator.result.LatencySummary;
import dev.napkin.simulator.result.ModeComparison;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.NodeResult;
import dev.napkin.simulator.result.Recommendation;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.SinkResult;
import java.util.List;
import java.util.Optional;

/**
 * {@code simulate --format json}: SPEC.md's fields in its order (latencies in seconds, costs in USD
 * per month of 730 hours), then extras: confidence intervals ({@code [low, high]}, 95 %), the SLA
 * judged, the settings used, prices with their sources, and warnings. Per-job charges appear in
 * {@code costByNode} under {@code "(jobs)"}, so the breakdown adds up to {@code costPerMonthUsd}.
 */
public final class JsonReport implements Report {
  @Override
  public String render(SimulationResult result) {
    Obj root =
        object()
            .put("flow", result.flowName())
            .put("seed", integer(result.seed()))
            .put("modes", result.modes().stream().map(JsonReport::mode).toList())
            .put(
                "recommendation",
                result.recommendation().map(JsonReport::recommendation).orElse(null))
            .put("replications", integer(result.settings().replications()))
            .put("horizon", result.settings().horizon().toString())
            .put("warmup", result.settings().warmup().toString())
            .put("fidelity", result.fidelity().specName())
            .put("fidelityRequested", result.settings().fidelity().specName())
            .put("prices", prices(result))
            .put("warnings", JsonWriter.list(result.warnings()));
    return JsonWriter.print(root);
  }

  private static Obj mode(ModeResult mode) {
    return object()
        .put("mode", mode.mode())
        .put("stable", mode.stable())
        .put("fallingBehind", mode.fallingBehind())
        .put("costPerMonthUsd", number(ReportNumbers.usd(mode.costPerMonthUsd())))
        .put("costByNode", costByNode(mode.cost()))
        .put("sinks", mode.sinks().stream().map(JsonReport::sink).toList())
        .put("nodes", mode.nodes().stream().map(JsonReport::node).toList())
        .put("instability", mode.instability().orElse(null))
        .put("replications", integer(mode.replications()));
  }

  private static Obj costByNode(CostBreakdown cost) {
    Obj byNode = object();
    cost.byNode().forEach((node, usd) -> byNode.put(node.value(), number(ReportNumbers.usd(usd))));
    if (cost.jobs().signum() != 0) {
      byNode.put(CostBreakdown.JOBS_LABEL, number(ReportNumbers.usd(cost.jobs())));
    }
    return byNode;
  }

  private static Obj sink(SinkResult sink) {
    Optional<LatencySummary> latency = sink.latency();
    return object()
        .put("sink", sink.sink().value())
        .put("records", integer(sink.records()))
        .put("latency", latency.map(l -> latencies(l, false)).orElse(null))
        .put(
            "slaAttainment",
            sink.slaAttainment().map(a -> number(ReportNumbers.share(a))).orElse(null))
        .put("slaMet", sink.slaMet())
        .put("completeness", number(ReportNumbers.share(sink.completeness().mean())))
        .put("late", integer(sink.late()))
        .put("dropped", integer(sink.dropped()))
        .put("latencyCi", latency.map(l -> latencies(l, true)).orElse(null))
        .put("completenessCi", interval(sink.completeness(), ReportNumbers::share))
        .put("sla", sla(sink.sla()))
        .put("slaLatency", sink.slaLatency().map(e -> seconds(e.mean())).orElse(null))
        .put(
            "slaLatencyCi",
            sink.slaLatency().map(e -> interval(e, ReportNumbers::seconds)).orElse(null));
  }

  private static Obj latencies(LatencySummary l, boolean intervals) {
    return object()
        .put("mean", value(l.mean(), intervals))
        .put("p50", value(l.p50(), intervals))
        .put("p95", value(l.p95(), intervals))
        .put("p99", value(l.p99(), intervals))
        .put("max", value(l.max(), intervals));
  }

  private static Object value(Estimate e, boolean interval) {
    return interval ? interval(e, ReportNumbers::seconds) : seconds(e.mean());
  }

  private static Obj sla(Sla sla) {
    return object()
        .put("latency", sla.latency().map(d -> seconds(d.seconds())).orElse(null))
        .put("percentile", number(ReportNumbers.fixed(sla.percentileOrDefault(), 3)))
        .put(
            "completeness",
            sla.completeness().map(r -> number(ReportNumbers.share(r.value()))).orElse(null));
  }

  private static Obj node(NodeResult node) {
    return object()
        .put("node", node.node().value())
        .put("utilization", number(ReportNumbers.fixed(node.utilization().mean(), 4)))
        .put("backlogMean", number(ReportNumbers.fixed(node.backlogMean().mean(), 4)))
        .put("backlogMax", integer(node.backlogMax()))
        .put("utilizationCi", interval(node.utilization(), v -> ReportNumbers.fixed(v, 4)));
  }

  private static Obj recommendation(Recommendation r) {
    return object()
        .put("mode", r.mode())
        .put("reason", r.reason())
        .put("meetsAllSlas", r.meetsAllSlas())
        .put("considered", JsonWriter.list(r.considered()))
        .put("others", r.others().stream().map(JsonReport::comparison).toList());
  }

  private static Obj comparison(ModeComparison c) {
    return object()
        .put("mode", c.mode())
        .put("meetsAllSlas", c.meetsAllSlas())
        .put("stable", c.stable())
        .put("worstRelativeMiss", finite(c.worstRelativeMiss()))
        .put("worstSink", c.worstSink().map(n -> n.value()).orElse(null))
        .put("costPerMonthUsd", number(ReportNumbers.usd(c.costPerMonthUsd())))
        .put("costDifferenceUsd", number(ReportNumbers.usd(c.costDifferenceUsd())))
        .put("costRatio", c.costRatio().map(JsonReport::finite).orElse(null))
        .put("summary", c.summary());
  }

  private static Obj prices(SimulationResult result) {
    Obj prices = object();
    for (ExecutionMode mode : ExecutionMode.values()) {
      ModePrice price = result.prices().of(mode);
      prices.put(
          mode.specName(),
          object()
              .put("vcpuHourUsd", number(ReportNumbers.fixed(price.vcpuHour().amountPerHour(), 6)))
              .put("vcpuHourSource", price.vcpuHourSource())
              .put(
                  "perJobHourUsd",
                  number(ReportNumbers.fixed(price.perJobHour().amountPerHour(), 6)))
              .put("perJobHourSource", price.perJobHourSource()));
    }
    return prices.put(
        "hoursPerMonth", number(ReportNumbers.fixed(result.prices().hoursPerMonth(), 3)));
  }

  private static List<Object> interval(
      Estimate e, java.util.function.DoubleFunction<String> format) {
    return List.of(number(format.apply(e.low())), number(format.apply(e.high())));
  }

  private static JsonWriter.Number seconds(double value) {
    return number(ReportNumbers.seconds(value));
  }

  private static Object finite(double value) {
    return Double.isFinite(value) ? number(ReportNumbers.fixed(value, 4)) : null;
  }
}
