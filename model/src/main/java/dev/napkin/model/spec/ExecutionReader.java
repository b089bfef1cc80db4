package dev.napkin.model.spec;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Execution.Batch;
import dev.napkin.model.flow.Execution.Delivery;
import dev.napkin.model.flow.Execution.MicroBatch;
import dev.napkin.model.flow.Execution.Partition;
import dev.napkin.model.flow.Execution.Streaming;
import dev.napkin.model.flow.ExecutionMode;
import java.util.List;

/** Reads {@code execution}: the as-designed mode and each mode's settings. */
final class ExecutionReader {
  static final List<String> KEYS = List.of("mode", "batch", "microBatch", "streaming");
  static final List<String> BATCH = List.of("every", "startup", "partition", "grace");
  static final List<String> MICRO_BATCH = List.of("every", "overhead", "watermarkDelay");
  static final List<String> STREAMING =
      List.of("checkpoint", "checkpointDuration", "delivery", "watermarkDelay", "bufferTimeout");

  private ExecutionReader() {}

  static Execution read(SpecNode node, String path, Values values) {
    return MapReader.of(node, path, values, "a map of mode settings (mode, batch, …)")
        .map(ExecutionReader::read)
        .orElse(Execution.DEFAULTS);
  }

  private static Execution read(MapReader m) {
    m.allowOnly(KEYS);
    ExecutionMode mode =
        m.choice("mode", ExecutionMode.class, "an execution mode").orElse(ExecutionMode.BATCH);
    Batch batch =
        m.map("batch", "a map of batch settings")
            .map(ExecutionReader::batch)
            .orElse(Batch.DEFAULTS);
    MicroBatch microBatch =
        m.map("microBatch", "a map of micro-batch settings")
            .map(ExecutionReader::microBatch)
            .orElse(MicroBatch.DEFAULTS);
    Streaming streaming =
        m.map("streaming", "a map of streaming settings")
            .map(ExecutionReader::streaming)
            .orElse(Streaming.DEFAULTS);
    return new Execution(mode, batch, microBatch, streaming);
  }

  private static Batch batch(MapReader m) {
    m.allowOnly(BATCH);
    Batch d = Batch.DEFAULTS;
    return new Batch(
        m.duration("every", d.every()),
        m.duration("startup", d.startup()),
        m.choice("partition", Partition.class, "a batch partition").orElse(d.partition()),
        m.duration("grace", d.grace()));
  }

  private static MicroBatch microBatch(MapReader m) {
    m.allowOnly(MICRO_BATCH);
    MicroBatch d = MicroBatch.DEFAULTS;
    return new MicroBatch(
        m.duration("every", d.every()),
        m.duration("overhead", d.overhead()),
        m.duration("watermarkDelay"));
  }

  private static Streaming streaming(MapReader m) {
    m.allowOnly(STREAMING);
    Streaming d = Streaming.DEFAULTS;
    return new Streaming(
        m.duration("checkpoint", d.checkpoint()),
        m.duration("checkpointDuration", d.checkpointDuration()),
        m.choice("delivery", Delivery.class, "a delivery guarantee").orElse(d.delivery()),
        m.duration("watermarkDelay", d.watermarkDelay()),
        m.duration("bufferTimeout", d.bufferTimeout()));
  }
}
