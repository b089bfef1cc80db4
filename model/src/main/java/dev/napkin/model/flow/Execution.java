package dev.napkin.model.flow;

import dev.napkin.model.unit.Duration;
import java.util.Optional;

/** How the flow runs: the as-designed mode and each mode's settings. */
public record Execution(
    ExecutionMode mode, Batch batch, MicroBatch microBatch, Streaming streaming) {
  public static final Execution DEFAULTS =
      new Execution(ExecutionMode.BATCH, Batch.DEFAULTS, MicroBatch.DEFAULTS, Streaming.DEFAULTS);

  public Execution withMode(ExecutionMode value) {
    return new Execution(value, batch, microBatch, streaming);
  }

  public Execution withBatch(Batch value) {
    return new Execution(mode, value, microBatch, streaming);
  }

  public Execution withMicroBatch(MicroBatch value) {
    return new Execution(mode, batch, value, streaming);
  }

  public Execution withStreaming(Streaming value) {
    return new Execution(mode, batch, microBatch, value);
  }

  /** The watermark delay micro-batch uses: its own, else streaming's. */
  public Duration microBatchWatermarkDelay() {
    return microBatch.watermarkDelay().orElse(streaming.watermarkDelay());
  }

  /** Which records a batch run takes: all that arrived, or one event-time period after a grace. */
  public enum Partition implements SpecName {
    ARRIVAL,
    EVENT;

    @Override
    public String specName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** When a streaming sink makes a record visible. */
  public enum Delivery implements SpecName {
    EXACTLY_ONCE("exactly-once"),
    AT_LEAST_ONCE("at-least-once");

    private final String specName;

    Delivery(String specName) {
      this.specName = specName;
    }

    @Override
    public String specName() {
      return specName;
    }
  }

  /** Scheduled jobs every {@code every}, paying {@code startup} once per run. */
  public record Batch(Duration every, Duration startup, Partition partition, Duration grace) {
    public static final Batch DEFAULTS =
        new Batch(Duration.ofHours(1), Duration.ofMinutes(5), Partition.ARRIVAL, Duration.ZERO);

    public Batch withEvery(Duration value) {
      return new Batch(value, startup, partition, grace);
    }

    public Batch withStartup(Duration value) {
      return new Batch(every, value, partition, grace);
    }

    public Batch withPartition(Partition value) {
      return new Batch(every, startup, value, grace);
    }

    public Batch withGrace(Duration value) {
      return new Batch(every, startup, partition, value);
    }
  }

  /** An always-on job triggered every {@code every}, paying {@code overhead} per batch. */
  public record MicroBatch(Duration every, Duration overhead, Optional<Duration> watermarkDelay) {
    public static final MicroBatch DEFAULTS =
        new MicroBatch(Duration.ofSeconds(30), Duration.ofMillis(200), Optional.empty());

    public MicroBatch withEvery(Duration value) {
      return new MicroBatch(value, overhead, watermarkDelay);
    }

    public MicroBatch withOverhead(Duration value) {
      return new MicroBatch(every, value, watermarkDelay);
    }

    public MicroBatch withWatermarkDelay(Optional<Duration> value) {
      return new MicroBatch(every, overhead, value);
    }
  }

  /** Record-at-a-time processing with checkpoints and watermarks. */
  public record Streaming(
      Duration checkpoint,
      Duration checkpointDuration,
      Delivery delivery,
      Duration watermarkDelay,
      Duration bufferTimeout) {
    public static final Streaming DEFAULTS =
        new Streaming(
            Duration.ofSeconds(60),
            Duration.ofSeconds(1),
            Delivery.EXACTLY_ONCE,
            Duration.ofSeconds(5),
            Duration.ofMillis(100));

    public Streaming withCheckpoint(Duration value) {
      return new Streaming(value, checkpointDuration, delivery, watermarkDelay, bufferTimeout);
    }

    public Streaming withCheckpointDuration(Duration value) {
      return new Streaming(checkpoint, value, delivery, watermarkDelay, bufferTimeout);
    }

    public Streaming withDelivery(Delivery value) {
      return new Streaming(checkpoint, checkpointDuration, value, watermarkDelay, bufferTimeout);
    }

    public Streaming withWatermarkDelay(Duration value) {
      return new Streaming(checkpoint, checkpointDuration, delivery, value, bufferTimeout);
    }

    public Streaming withBufferTimeout(Duration value) {
      return new Streaming(checkpoint, checkpointDuration, delivery, watermarkDelay, value);
    }
  }
}
