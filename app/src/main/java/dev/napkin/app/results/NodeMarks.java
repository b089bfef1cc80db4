package dev.napkin.app.results;

import dev.napkin.app.editor.RunMark;
import dev.napkin.app.editor.RunStatus;
import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.NodeResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the canvas shows of one mode: each stage's utilization (a warning from {@link #BUSY} on, the
 * overloaded stage flagged unstable) and each sink's verdict, with their figures for tooltips.
 */
final class NodeMarks {
  /** Utilization from which a stage is worth a look: queues grow fast beyond it. */
  static final double BUSY = 0.8;

  private NodeMarks() {}

  static Map<NodeId, RunMark> of(ModeResult mode) {
    Map<NodeId, RunMark> marks = new LinkedHashMap<>();
    String label = ModeNames.label(mode.mode());
    if (!mode.stable()) {
      String why = mode.instability().orElseThrow();
      mode.nodes().stream()
          .map(NodeResult::node)
          .filter(id -> why.startsWith(id.value() + " "))
          .findFirst()
          .ifPresent(
              overloaded ->
                  marks.put(
                      overloaded,
                      new RunMark(
                          "unstable",
                          RunStatus.UNSTABLE,
                          label + ": " + why,
                          OptionalDouble.of(1))));
    } else {
      for (NodeResult node : mode.nodes()) {
        marks.put(node.node(), stage(label, node, mode));
      }
    }
    for (SinkResult sink : mode.sinks()) {
      marks.put(sink.sink(), sink(sink, mode));
    }
    return marks;
  }

  private static RunMark stage(String label, NodeResult node, ModeResult mode) {
    double rho = node.utilization().mean();
    RunStatus status = rho >= BUSY ? RunStatus.WARNING : RunStatus.NEUTRAL;
    String cost =
        mode.cost().byNode().containsKey(node.node())
            ? "\ncost " + Wording.usd(mode.cost().byNode().get(node.node())) + "/mo"
            : "";
    String details =
        label
            + ": utilization "
            + Wording.percent(rho)
            + interval(node)
            + "\nbacklog mean "
            + oneDecimal(node.backlogMean().mean())
            + " records, max "
            + node.backlogMax()
            + cost;
    return new RunMark("ρ " + twoDecimals(rho), status, details, OptionalDouble.of(rho));
  }

  private static RunMark sink(SinkResult sink, ModeResult mode) {
    RunStatus status = Verdicts.status(sink, mode.stable());
    String percentile = Wording.percentile(sink.percentile());
    String value =
        sink.latency().isPresent()
            ? percentile + " " + Wording.duration(sink.percentileEstimate(sink.percentile()).mean())
            : "no results";
    String mark =
        switch (status) {
          case MET -> "✓ ";
          case MISSED, UNSTABLE -> "✗ ";
          default -> "";
        };
    return new RunMark(
        mark + value,
        status,
        ModeNames.label(mode.mode())
            + ": "
            + Verdicts.text(sink, mode.stable())
            + "\n"
            + Verdicts.explain(sink, mode),
        OptionalDouble.empty());
  }

  private static String interval(NodeResult node) {
    var u = node.utilization();
    return u.n() > 1
        ? " (95 % CI " + Wording.percent(u.low()) + "–" + Wording.percent(u.high()) + ")"
        : "";
  }

  private static String twoDecimals(double value) {
    return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String oneDecimal(double value) {
    return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }
}
