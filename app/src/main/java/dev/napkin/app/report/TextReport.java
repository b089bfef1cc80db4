package dev.napkin.app.report;

import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.cost.CostBreakdown;
import dev.napkin.simulator.metrics.Estimate;
import dev.napkin.simulator.result.LatencySummary;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.NodeResult;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code simulate --format text}: per mode a table of its sinks (latency percentiles, the SLA
 * verdict with its margin, completeness), its cost and its stages; then the recommendation, the
 * assumptions that drove the numbers, and warnings.
 */
public final class TextReport implements Report {
  private static final List<String> HEADER =
      List.of("sink", "records", "p50", "p95", "p99", "SLA", "completeness", "late", "dropped");

  @Override
  public String render(SimulationResult result) {
    StringBuilder out = new StringBuilder();
    out.append(result.flowName()).append('\n');
    if (result.modes().size() > 1) {
      out.append('\n').append(comparison(result));
    }
    for (ModeResult mode : result.modes()) {
      out.append('\n').append(mode(mode));
    }
    out.append('\n')
        .append(
            result
                .recommendation()
                .map(r -> "Recommendation: " + r.mode() + "\n  " + r.reason() + "\n")
                .orElse(
                    "Recommendation: none (run batch, micro-batch or streaming to compare).\n"));
    out.append('\n').append(Assumptions.describe(result)).append('\n');
    if (!result.warnings().isEmpty()) {
      out.append("\nWarnings:\n");
      result.warnings().forEach(w -> out.append("  - ").append(w).append('\n'));
    }
    return out.toString();
  }

  private static final List<String> COMPARISON_HEADER =
      List.of("mode", "sink", "p50", "p95", "p99", "SLA", "completeness", "cost/mo", "state");

  /** One row per mode × sink, to read the modes against each other at a glance. */
  private static String comparison(SimulationResult result) {
    TextTable table = new TextTable().row(COMPARISON_HEADER);
    for (ModeResult mode : result.modes()) {
      boolean first = true;
      for (SinkResult sink : mode.sinks()) {
        var latency = sink.latency();
        table.row(
            List.of(
                first ? mode.mode() : "",
                sink.sink().value(),
                latency.map(l -> Wording.duration(l.p50().mean())).orElse("—"),
                latency.map(l -> Wording.duration(l.p95().mean())).orElse("—"),
                latency.map(l -> Wording.duration(l.p99().mean())).orElse("—"),
                slaVerdict(sink, mode.stable()),
                completeness(sink, mode.stable()),
                first ? Wording.usd(mode.costPerMonthUsd()) : "",
                first ? state(mode) : ""));
        first = false;
      }
    }
    return "Comparison:\n" + table.render("  ");
  }

  static String state(ModeResult mode) {
    if (!mode.stable()) {
      return "UNSTABLE";
    }
    return mode.fallingBehind() ? "stable, falling behind" : "stable";
  }

  private static String mode(ModeResult mode) {
    StringBuilder out = new StringBuilder();
    List<String> state = new ArrayList<>();
    state.add(mode.stable() ? "stable" : "UNSTABLE: " + mode.instability().orElseThrow());
    if (mode.fallingBehind()) {
      state.add("falling behind");
    }
    out.append(mode.mode())
        .append(": ")
        .append(String.join(", ", state))
        .append(", ")
        .append(Wording.usd(mode.costPerMonthUsd()))
        .append("/mo\n");
    TextTable table = new TextTable().row(HEADER);
    List<String> intervals = new ArrayList<>();
    for (SinkResult sink : mode.sinks()) {
      table.row(sinkRow(sink, mode.stable()));
      interval(sink).ifPresent(intervals::add);
    }
    out.append(table.render("  "));
    intervals.forEach(line -> out.append("  ").append(line).append('\n'));
    out.append("  cost/mo: ").append(cost(mode.cost())).append('\n');
    if (!mode.nodes().isEmpty()) {
      out.append("  stages: ")
          .append(mode.nodes().stream().map(TextReport::node).collect(Collectors.joining("; ")))
          .append('\n');
    }
    return out.toString();
  }

  private static List<String> sinkRow(SinkResult sink, boolean stable) {
    var latency = sink.latency();
    return List.of(
        sink.sink().value(),
        count(sink.records()),
        latency.map(l -> Wording.duration(l.p50().mean())).orElse("—"),
        latency.map(l -> Wording.duration(l.p95().mean())).orElse("—"),
        latency.map(l -> Wording.duration(l.p99().mean())).orElse("—"),
        slaVerdict(sink, stable),
        completeness(sink, stable),
        count(sink.late()),
        count(sink.dropped()));
  }

  /** {@code p99 ≤ 2 min ✓ 57 s spare}, judged on the percentile's upper 95 % bound. */
  static String slaVerdict(SinkResult sink, boolean stable) {
    if (sink.slaTarget().isEmpty()) {
      return "—";
    }
    Duration target = sink.slaTarget().get();
    String goal =
        Wording.percentile(sink.percentile()) + " ≤ " + Wording.duration(target.seconds());
    if (sink.slaLatency().isEmpty()) {
      return goal + " ✗ no results";
    }
    double high = sink.slaLatency().get().high();
    double margin = target.seconds() - high;
    if (margin >= 0) {
      return goal + (stable ? " ✓ " : " ✗ unstable, ") + Wording.duration(margin) + " spare";
    }
    return goal + " ✗ " + Wording.duration(-margin) + " over";
  }

  /** {@code 96.67 % (≥ 95 % ✓)}, judged on the lower 95 % bound. */
  static String completeness(SinkResult sink, boolean stable) {
    String value = Wording.percent(sink.completeness().mean());
    return sink.sla()
        .completeness()
        .map(
            target -> {
              boolean met = stable && sink.completeness().low() >= target.value();
              return value + " (≥ " + Wording.percent(target.value()) + (met ? " ✓)" : " ✗)");
            })
        .orElse(value);
  }

  /** {@code dashboard 95 % CI: p50 62 s–64 s, …}, when there was more than one replication. */
  private static java.util.Optional<String> interval(SinkResult sink) {
    if (sink.completeness().n() < 2) {
      return java.util.Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    sink.latency()
        .ifPresent(
            (LatencySummary l) -> {
              parts.add("p50 " + range(l.p50()));
              parts.add("p95 " + range(l.p95()));
              parts.add("p99 " + range(l.p99()));
            });
    Estimate c = sink.completeness();
    String low = Wording.percent(c.low());
    String high = Wording.percent(c.high());
    parts.add("completeness " + (low.equals(high) ? low : low + "–" + high));
    return java.util.Optional.of(sink.sink() + " 95 % CI: " + String.join(", ", parts));
  }

  private static String range(Estimate e) {
    String low = Wording.duration(e.low());
    String high = Wording.duration(e.high());
    return low.equals(high) ? low : low + "–" + high;
  }

  private static String cost(CostBreakdown cost) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<dev.napkin.model.flow.NodeId, BigDecimal> e : cost.byNode().entrySet()) {
      parts.add(e.getKey() + " " + Wording.usd(e.getValue()));
    }
    if (cost.jobs().signum() != 0) {
      parts.add("per-job charge " + Wording.usd(cost.jobs()));
    }
    return String.join(", ", parts);
  }

  private static String node(NodeResult node) {
    return node.node()
        + " "
        + Wording.percent(node.utilization().mean())
        + " busy, backlog mean "
        + backlog(node.backlogMean().mean())
        + ", max "
        + count(node.backlogMax());
  }

  /** A mean record count: one decimal while small, whole and grouped from 100 (1,077,181). */
  static String backlog(double mean) {
    BigDecimal value = new BigDecimal(mean);
    if (value.compareTo(BigDecimal.valueOf(100)) >= 0) {
      return count(value.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }
    return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String count(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder grouped = new StringBuilder(digits);
    for (int i = digits.length() - 3; i > 0; i -= 3) {
      grouped.insert(i, ',');
    }
    return (value < 0 ? "-" : "") + grouped;
  }
}
