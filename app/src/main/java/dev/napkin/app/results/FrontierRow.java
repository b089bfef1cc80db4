package dev.napkin.app.results;

import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;
import dev.napkin.simulator.sweep.SweepPoint;
import java.util.List;

/**
 * One frontier point as the table shows it: mode, knob, workers, cost, the latency at the sink's
 * SLA percentile and whether every SLA is met; {@code cheapest} marks the cheapest point meeting
 * every SLA, {@code current} the flow's own configuration.
 */
public record FrontierRow(
    SweepPoint point,
    String mode,
    String knob,
    String workers,
    String costPerMonth,
    String latency,
    String meetsSlas,
    boolean cheapest,
    boolean current) {

  public static final List<String> HEADERS =
      List.of("mode", "knob", "workers", "cost/mo", "latency", "every SLA");

  static FrontierRow of(SweepPoint point, NodeId sink, boolean cheapest, boolean current) {
    String latency =
        point
            .result()
            .sink(sink)
            .flatMap(SinkResult::slaLatency)
            .map(e -> Wording.duration(e.mean()))
            .orElse("—");
    return new FrontierRow(
        point,
        ModeNames.label(point.mode()),
        point.knobName() + " " + point.knob(),
        Integer.toString(point.totalParallelism()),
        Wording.usd(point.costPerMonthUsd()),
        latency,
        point.meetsAllSlas() ? "✓ met" : "✗ missed",
        cheapest,
        current);
  }

  static String workers(int count) {
    return count + (count == 1 ? " worker" : " workers");
  }

  /** "micro-batch every 2m, 1 worker". */
  static String describe(SweepPoint point) {
    return ModeNames.label(point.mode())
        + " "
        + point.knobName()
        + " "
        + point.knob()
        + ", "
        + workers(point.totalParallelism());
  }

  List<String> cells() {
    return List.of(mode, knob, workers, costPerMonth, latency, meetsSlas);
  }
}
