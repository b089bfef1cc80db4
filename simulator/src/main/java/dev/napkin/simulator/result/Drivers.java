package dev.napkin.simulator.result;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SpecName;
import dev.napkin.simulator.cost.ModePrice;
import dev.napkin.simulator.cost.ResolvedPrices;
import java.util.Optional;

/**
 * The assumptions behind a mode's latency, completeness and cost, in words, so a reason can name
 * what drove a result (the schedule and startup, the trigger, the checkpoint and delivery, the
 * price).
 */
public final class Drivers {
  private final Execution execution;
  private final ResolvedPrices prices;

  public Drivers(Flow flow, ResolvedPrices prices) {
    this.execution = flow.execution();
    this.prices = prices;
  }

  /** What sets a mode's latency, as a noun phrase: {@code the 1h schedule with a 5m startup}. */
  public String latency(String mode) {
    return executionMode(mode).map(this::latency).orElse("the modes the flow was drawn with");
  }

  private String latency(ExecutionMode mode) {
    return switch (mode) {
      case BATCH -> {
        Execution.Batch b = execution.batch();
        String text = "the " + b.every() + " schedule with a " + b.startup() + " startup per run";
        yield b.partition() == Execution.Partition.EVENT
            ? text + " and a " + b.grace() + " grace per event-time period"
            : text;
      }
      case MICRO_BATCH -> {
        Execution.MicroBatch m = execution.microBatch();
        yield "the " + m.every() + " trigger with " + m.overhead() + " overhead per batch";
      }
      case STREAMING -> {
        Execution.Streaming s = execution.streaming();
        yield s.delivery() == Execution.Delivery.EXACTLY_ONCE
            ? "exactly-once delivery, which waits for the next checkpoint (every "
                + s.checkpoint()
                + ", "
                + s.checkpointDuration()
                + " each)"
            : "at-least-once delivery (no checkpoint wait) and the "
                + s.watermarkDelay()
                + " watermark delay";
      }
    };
  }

  /** What costs a mode completeness, as a noun phrase: late records missing their first result. */
  public String completeness(String mode) {
    Optional<ExecutionMode> known = executionMode(mode);
    if (known.isEmpty()) {
      return "late records missing their first result";
    }
    return switch (known.get()) {
      case BATCH ->
          execution.batch().partition() == Execution.Partition.EVENT
              ? "records arriving after the "
                  + execution.batch().grace()
                  + " grace missing their run"
              : "records reaching a window after an earlier run emitted it";
      case MICRO_BATCH ->
          "records later than the "
              + execution.microBatchWatermarkDelay()
              + " watermark delay missing their window's first result";
      case STREAMING ->
          "records later than the "
              + execution.streaming().watermarkDelay()
              + " watermark delay missing their window's first result";
    };
  }

  /** A mode's price with its source: {@code 0.06 USD/vCPU-h (catalog: …)}. */
  public String price(String mode) {
    return executionMode(mode)
        .map(prices::of)
        .map(p -> p.describe() + " (" + source(p) + ")")
        .orElse("each part at its own mode's price");
  }

  private static String source(ModePrice price) {
    if (!price.chargesPerJob() || price.vcpuHourSource().equals(price.perJobHourSource())) {
      return price.vcpuHourSource();
    }
    return price.vcpuHourSource() + "; per job: " + price.perJobHourSource();
  }

  /** The execution mode a result's name stands for; empty for {@code as-designed}. */
  public static Optional<ExecutionMode> executionMode(String mode) {
    return SpecName.find(ExecutionMode.class, mode);
  }
}
