package dev.napkin.app.report;

import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;
import dev.napkin.simulator.sweep.SweepPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code sweep --format text}: what was swept; the cheapest configuration meeting every SLA (or
 * that none does); per sink the Pareto frontier of cost against the latency at the SLA percentile,
 * cheapest first; then every point. Points are numbered as in the JSON and CSV reports.
 */
public final class SweepTextReport implements SweepReport {
  @Override
  public String render(SweepRun run) {
    StringBuilder out = new StringBuilder();
    out.append(run.flow().name()).append('\n');
    out.append(summary(run)).append('\n');
    out.append('\n').append(cheapest(run));
    for (NodeId sink : run.sinks()) {
      out.append('\n').append(frontier(run, sink));
    }
    out.append('\n').append(allPoints(run));
    if (!run.warnings().isEmpty()) {
      out.append("\nWarnings:\n");
      run.warnings().forEach(w -> out.append("  - ").append(w).append('\n'));
    }
    return out.toString();
  }

  private static String summary(SweepRun run) {
    SimulationSettings s = run.settings();
    String modes =
        run.grid().knobs().entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + " "
                        + SweepPoint.knobName(e.getKey())
                        + " "
                        + e.getValue().stream()
                            .map(Object::toString)
                            .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; "));
    String scales =
        run.grid().scales().stream()
            .map(v -> ReportNumbers.fixed(v, 3) + "×")
            .collect(Collectors.joining(", "));
    return "Swept "
        + run.result().points().size()
        + " configurations: "
        + modes
        + "; parallelism "
        + scales
        + " the spec's.\nEach simulated "
        + s.horizon()
        + " after a "
        + s.warmup()
        + " warm-up, "
        + s.replications()
        + (s.replications() == 1 ? " replication" : " replications")
        + ", seed "
        + s.seed()
        + ".";
  }

  private static String cheapest(SweepRun run) {
    Optional<SweepPoint> cheapest = run.result().cheapestMeetingAll();
    if (cheapest.isEmpty()) {
      return "Cheapest configuration meeting every SLA: none of the points meets every SLA.\n";
    }
    SweepPoint p = cheapest.get();
    StringBuilder out = new StringBuilder("Cheapest configuration meeting every SLA: #");
    out.append(run.number(p))
        .append(' ')
        .append(configuration(p))
        .append(", ")
        .append(Wording.usd(p.costPerMonthUsd()))
        .append(" a month\n");
    for (SinkResult sink : p.result().sinks()) {
      out.append("  ")
          .append(sink.sink().value())
          .append(": ")
          .append(latencyAtSla(sink))
          .append(
              sink.slaTarget()
                  .map(t -> " (target " + Wording.duration(t.seconds()) + ")")
                  .orElse(""))
          .append('\n');
    }
    return out.toString();
  }

  private static String frontier(SweepRun run, NodeId sink) {
    List<SweepPoint> frontier = run.result().frontierBySink().get(sink);
    String title =
        "Pareto frontier for "
            + sink.value()
            + " (cost a month against "
            + percentileLabel(run, sink)
            + " latency), cheapest first:\n";
    if (frontier.isEmpty()) {
      return title + "  no stable point delivered results to it.\n";
    }
    TextTable table =
        new TextTable().row(List.of("#", "mode", "knob", "workers", "cost/mo", "latency", "SLA"));
    for (SweepPoint p : frontier) {
      SinkResult s = p.result().sink(sink).orElseThrow();
      table.row(
          List.of(
              Integer.toString(run.number(p)),
              p.mode(),
              p.knobName() + " " + p.knob(),
              workers(p),
              Wording.usd(p.costPerMonthUsd()),
              s.slaLatency().map(e -> Wording.duration(e.mean())).orElse("—"),
              s.slaMet() ? "met" : "missed"));
    }
    return title + table.render("  ");
  }

  private static String allPoints(SweepRun run) {
    List<String> header =
        new ArrayList<>(List.of("#", "mode", "knob", "scale", "workers", "cost/mo"));
    for (NodeId sink : run.sinks()) {
      header.add(sink.value() + " " + percentileLabel(run, sink));
    }
    header.add("state");
    TextTable table = new TextTable().row(header);
    for (SweepPoint p : run.result().points()) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  Integer.toString(run.number(p)),
                  p.mode(),
                  p.knobName() + " " + p.knob(),
                  ReportNumbers.fixed(p.parallelismScale(), 3) + "×",
                  workers(p),
                  Wording.usd(p.costPerMonthUsd())));
      for (NodeId sink : run.sinks()) {
        row.add(p.result().sink(sink).map(SweepTextReport::latencyCell).orElse("—"));
      }
      row.add(state(run, p));
      table.row(row);
    }
    return "All points:\n" + table.render("  ");
  }

  private static String latencyCell(SinkResult sink) {
    return sink.slaLatency().map(e -> Wording.duration(e.mean())).orElse("—")
        + (sink.sla().hasTarget() ? (sink.slaMet() ? " met" : " missed") : "");
  }

  private static String state(SweepRun run, SweepPoint p) {
    List<String> marks = new ArrayList<>();
    if (!p.stable()) {
      marks.add("unstable");
    } else if (p.result().fallingBehind()) {
      marks.add("falling behind");
    }
    if (run.sinks().stream().anyMatch(s -> run.onFrontier(p, s))) {
      marks.add("frontier");
    }
    if (run.isCheapest(p)) {
      marks.add("cheapest meeting all SLAs");
    }
    return String.join(", ", marks);
  }

  private static String latencyAtSla(SinkResult sink) {
    return Wording.percentile(sink.percentile())
        + " "
        + sink.slaLatency().map(e -> Wording.duration(e.mean())).orElse("no results");
  }

  private static String percentileLabel(SweepRun run, NodeId sink) {
    return run.flow()
        .sinks()
        .filter(s -> s.id().equals(sink))
        .findFirst()
        .map(s -> Wording.percentile(run.flow().effectiveSla(s).percentileOrDefault()))
        .orElse("");
  }

  private static String configuration(SweepPoint p) {
    return p.mode() + ", " + p.knobName() + " " + p.knob() + ", workers " + workers(p);
  }

  /** Workers per transform: {@code sessionize 1} or {@code parse 2, enrich 4}. */
  private static String workers(SweepPoint p) {
    return p.configured()
        .transforms()
        .map(t -> t.id().value() + " " + t.parallelism())
        .collect(Collectors.joining(", "));
  }
}
