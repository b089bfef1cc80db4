package dev.napkin.app.report;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.simulator.cost.ModePrice;
import dev.napkin.simulator.result.Drivers;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.Recommender;
import dev.napkin.simulator.result.SimulationResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The paragraph that says what drove latency and cost: the prices and where they came from, each
 * simulated mode's settings (checkpoint and delivery, trigger, schedule and startup), commit times
 * and the simulation settings.
 */
public final class Assumptions {
  private Assumptions() {}

  public static String describe(SimulationResult result) {
    return "Assumptions: " + String.join(" ", sentences(result));
  }

  /** The same, one sentence per item (prices, each mode's settings, commits, the simulation). */
  static List<String> sentences(SimulationResult result) {
    Flow flow = result.flow();
    Set<ExecutionMode> used = modesUsed(result);
    List<String> sentences = new ArrayList<>();
    sentences.add(
        "Prices: "
            + used.stream().map(m -> price(result, m)).collect(Collectors.joining("; "))
            + "; a month is "
            + ReportNumbers.fixed(result.prices().hoursPerMonth(), 3).replaceAll("\\.0$", "")
            + " h.");
    if (!result.prices().monthly().isEmpty()) {
      sentences.add(
          "Fixed monthly costs: "
              + result.prices().monthly().entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", "))
              + ".");
    }
    for (ExecutionMode mode : used) {
      sentences.add(settings(flow.execution(), mode));
    }
    String commits =
        flow.sinks()
            .filter(s -> !s.commit().isZero())
            .map(s -> s.id() + " " + s.commit())
            .collect(Collectors.joining(", "));
    if (!commits.isEmpty()) {
      sentences.add("Sink writes become visible after their commit time: " + commits + ".");
    }
    sentences.add(simulation(result.settings(), result.fidelity()));
    return sentences;
  }

  private static Set<ExecutionMode> modesUsed(SimulationResult result) {
    Set<ExecutionMode> used = EnumSet.noneOf(ExecutionMode.class);
    for (ModeResult mode : result.modes()) {
      if (mode.mode().equals(Recommender.AS_DESIGNED)) {
        Flow flow = result.flow();
        flow.transforms().forEach(t -> used.add(flow.designedMode(t)));
      } else {
        Drivers.executionMode(mode.mode()).ifPresent(used::add);
      }
    }
    return used;
  }

  private static String price(SimulationResult result, ExecutionMode mode) {
    ModePrice price = result.prices().of(mode);
    String source =
        !price.chargesPerJob() || price.vcpuHourSource().equals(price.perJobHourSource())
            ? price.vcpuHourSource()
            : price.vcpuHourSource() + "; per job: " + price.perJobHourSource();
    return mode.specName() + " " + price.describe() + " (" + source + ")";
  }

  private static String settings(Execution execution, ExecutionMode mode) {
    return switch (mode) {
      case BATCH -> {
        Execution.Batch b = execution.batch();
        yield "Batch runs every "
            + b.every()
            + " with a "
            + b.startup()
            + " startup per run, "
            + (b.partition() == Execution.Partition.EVENT
                ? "each over one event-time period after a " + b.grace() + " grace."
                : "taking whatever arrived since the last run.");
      }
      case MICRO_BATCH -> {
        Execution.MicroBatch m = execution.microBatch();
        yield "Micro-batch triggers every "
            + m.every()
            + " with "
            + m.overhead()
            + " overhead per batch; watermark delay "
            + execution.microBatchWatermarkDelay()
            + ".";
      }
      case STREAMING -> {
        Execution.Streaming s = execution.streaming();
        String delivery =
            s.delivery() == Execution.Delivery.EXACTLY_ONCE
                ? "Streaming checkpoints every "
                    + s.checkpoint()
                    + " ("
                    + s.checkpointDuration()
                    + " each) with exactly-once delivery, so results wait for the next checkpoint"
                : "Streaming delivers at-least-once: results do not wait for checkpoints (every "
                    + s.checkpoint()
                    + ")";
        yield delivery
            + "; watermark delay "
            + s.watermarkDelay()
            + ", buffer timeout "
            + s.bufferTimeout()
            + ".";
      }
    };
  }

  private static String simulation(SimulationSettings settings, SimulationSettings.Fidelity used) {
    return "Simulated "
        + settings.horizon()
        + " after a "
        + settings.warmup()
        + " warm-up, "
        + settings.replications()
        + (settings.replications() == 1 ? " replication" : " replications")
        + ", seed "
        + settings.seed()
        + ", fidelity "
        + used.specName()
        + (settings.fidelity() == used ? "" : " (" + settings.fidelity().specName() + ")")
        + (settings.replications() > 1
            ? "; intervals are 95 % Student t over the replications."
            : "; with one replication there are no confidence intervals.");
  }
}
