package dev.napkin.app.report;

import dev.napkin.app.export.Drawing;
import dev.napkin.app.export.FlowDrawing;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the Markdown and HTML reports show, before either markup: the comparison table's rows, the
 * recommendation in words, the assumptions, and the pictures (the flow, and per sink the latency
 * CDF and the cost-against-latency chart) with the file names they are saved under.
 */
final class ReportContent {
  static final List<String> HEADER =
      List.of(
          "mode",
          "sink",
          "p50",
          "p95",
          "p99",
          "SLA",
          "attainment",
          "completeness",
          "cost/month",
          "state");

  /** A picture of the report: its file name, its alternative text and how to draw it. */
  record Picture(String file, String alt, Drawing drawing) {}

  /** One sink's section: its name and its two charts. */
  record SinkSection(String title, Picture latency, Picture cost) {}

  private ReportContent() {}

  static String title(SimulationResult result) {
    return "Simulation report: " + result.flowName();
  }

  static Picture flowPicture(SimulationResult result) {
    return new Picture("flow.svg", "The flow " + result.flowName(), FlowDrawing.of(result.flow()));
  }

  /** The recommendation as one paragraph. */
  static String recommendation(SimulationResult result) {
    return result
        .recommendation()
        .map(r -> "Run " + r.mode() + ". " + r.reason())
        .orElse("No recommendation: run batch, micro-batch or streaming to compare them.");
  }

  /** One row per mode × sink, cells as {@link #HEADER} names them. */
  static List<List<String>> rows(SimulationResult result) {
    List<List<String>> rows = new ArrayList<>();
    for (ModeResult mode : result.modes()) {
      for (SinkResult sink : mode.sinks()) {
        var latency = sink.latency();
        rows.add(
            List.of(
                mode.mode(),
                sink.sink().value(),
                latency.map(l -> Wording.duration(l.p50().mean())).orElse("—"),
                latency.map(l -> Wording.duration(l.p95().mean())).orElse("—"),
                latency.map(l -> Wording.duration(l.p99().mean())).orElse("—"),
                TextReport.slaVerdict(sink, mode.stable()),
                sink.slaAttainment().map(Wording::percent).orElse("—"),
                TextReport.completeness(sink, mode.stable()),
                Wording.usd(mode.costPerMonthUsd()),
                TextReport.state(mode)));
      }
    }
    return rows;
  }

  /** Per sink (in the flow's order) its latency CDF and its cost-against-latency chart. */
  static List<SinkSection> sinks(SimulationResult result) {
    Set<NodeId> simulated = new LinkedHashSet<>();
    result.modes().forEach(m -> m.sinks().forEach(s -> simulated.add(s.sink())));
    List<SinkSection> sections = new ArrayList<>();
    for (Node node : result.flow().nodes()) {
      if (!simulated.contains(node.id())) {
        continue;
      }
      String name = node.name();
      LatencyCdfChart latency = new LatencyCdfChart(name, node.id(), result.modes());
      CostLatencyChart cost = new CostLatencyChart(name, node.id(), result.modes());
      String id = node.id().value();
      sections.add(
          new SinkSection(
              name.equals(id) ? name : name + " (" + id + ")",
              new Picture("latency-" + id + ".svg", latency.title(), latency),
              new Picture("cost-" + id + ".svg", cost.title(), cost)));
    }
    return sections;
  }

  static List<String> assumptions(SimulationResult result) {
    return Assumptions.sentences(result);
  }

  /** The last line: where the numbers came from (no date, so reports of one run are identical). */
  static String footer(SimulationResult result) {
    return "Made with napkin from the flow “"
        + result.flowName()
        + "”: seed "
        + result.seed()
        + ", "
        + result.settings().replications()
        + (result.settings().replications() == 1 ? " replication" : " replications")
        + " of "
        + result.settings().horizon()
        + ".";
  }
}
