package dev.napkin.simulator.sweep;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SinkResult;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One simulated configuration: the mode, its knob value (batch or micro-batch {@code every},
 * streaming {@code checkpoint}), the parallelism scale, the whole flow so configured (every stage
 * in that mode, the knob set, parallelisms scaled), and what the simulation of it gave.
 */
public record SweepPoint(
    String mode, Duration knob, double parallelismScale, Flow configured, ModeResult result) {

  public SweepPoint {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(knob, "knob");
    Objects.requireNonNull(configured, "configured");
    Objects.requireNonNull(result, "result");
  }

  /** The knob's spec name in this mode: {@code every} or {@code checkpoint}. */
  public String knobName() {
    return knobName(mode);
  }

  public static String knobName(String mode) {
    return mode.equals("streaming") ? "checkpoint" : "every";
  }

  public BigDecimal costPerMonthUsd() {
    return result.costPerMonthUsd();
  }

  public boolean stable() {
    return result.stable();
  }

  public boolean meetsAllSlas() {
    return result.meetsAllSlas();
  }

  /** The point estimate of a sink's latency at its SLA percentile, in seconds, when it saw data. */
  public Optional<Double> slaLatencySeconds(NodeId sink) {
    return result.sink(sink).flatMap(SinkResult::slaLatency).map(e -> e.mean());
  }

  /** Total workers over the flow's transforms in this configuration. */
  public int totalParallelism() {
    return configured.transforms().mapToInt(t -> t.parallelism()).sum();
  }
}
