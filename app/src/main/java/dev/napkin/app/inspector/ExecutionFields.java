package dev.napkin.app.inspector;

import static dev.napkin.app.inspector.NodeFields.EXECUTION;

import dev.napkin.app.command.FlowSettings;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Execution.Batch;
import dev.napkin.model.flow.Execution.Delivery;
import dev.napkin.model.flow.Execution.MicroBatch;
import dev.napkin.model.flow.Execution.Partition;
import dev.napkin.model.flow.Execution.Streaming;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.unit.Duration;
import java.util.List;
import java.util.function.Function;

/** The flow's execution settings: the as-designed mode and each mode's knobs. */
final class ExecutionFields {
  private ExecutionFields() {}

  static List<Field> of(FlowSettings s, Execution e) {
    Batch b = e.batch();
    MicroBatch m = e.microBatch();
    Streaming st = e.streaming();
    Function<Batch, FlowSettings> batch = value -> s.withExecution(e.withBatch(value));
    Function<MicroBatch, FlowSettings> micro = value -> s.withExecution(e.withMicroBatch(value));
    Function<Streaming, FlowSettings> streaming = value -> s.withExecution(e.withStreaming(value));
    return List.of(
        FlowFields.choice(
            s,
            EXECUTION,
            "Mode",
            "The as-designed mode of transforms that set none",
            e.mode().specName(),
            SourceFields.names(ExecutionMode.class),
            t -> s.withExecution(e.withMode(Inputs.choice(ExecutionMode.class, t)))),
        duration(
            s,
            "Batch every",
            "Time between batch runs",
            b.every(),
            t -> batch.apply(b.withEvery(t))),
        duration(
            s,
            "Batch startup",
            "Paid once per run",
            b.startup(),
            t -> batch.apply(b.withStartup(t))),
        FlowFields.choice(
            s,
            EXECUTION,
            "Batch partition",
            "Records a run takes: by arrival, or by event time after a grace",
            b.partition().specName(),
            SourceFields.names(Partition.class),
            t -> batch.apply(b.withPartition(Inputs.choice(Partition.class, t)))),
        duration(
            s,
            "Batch grace",
            "Wait for late data before an event-time run",
            b.grace(),
            t -> batch.apply(b.withGrace(t))),
        duration(
            s,
            "Micro-batch every",
            "Trigger interval",
            m.every(),
            t -> micro.apply(m.withEvery(t))),
        duration(
            s,
            "Micro-batch overhead",
            "Paid per micro-batch",
            m.overhead(),
            t -> micro.apply(m.withOverhead(t))),
        FlowFields.field(
            s,
            EXECUTION,
            "Micro-batch watermark delay",
            "Blank: the same as streaming's",
            m.watermarkDelay().map(Duration::toString).orElse(""),
            t -> micro.apply(m.withWatermarkDelay(Inputs.optionalDuration(t)))),
        duration(
            s,
            "Streaming checkpoint",
            "Time between checkpoints",
            st.checkpoint(),
            t -> streaming.apply(st.withCheckpoint(t))),
        duration(
            s,
            "Checkpoint duration",
            "How long a checkpoint takes",
            st.checkpointDuration(),
            t -> streaming.apply(st.withCheckpointDuration(t))),
        FlowFields.choice(
            s,
            EXECUTION,
            "Delivery",
            "When a streaming sink makes a record visible",
            st.delivery().specName(),
            SourceFields.names(Delivery.class),
            t -> streaming.apply(st.withDelivery(Inputs.choice(Delivery.class, t)))),
        duration(
            s,
            "Watermark delay",
            "How far the watermark trails event time",
            st.watermarkDelay(),
            t -> streaming.apply(st.withWatermarkDelay(t))),
        duration(
            s,
            "Buffer timeout",
            "Longest a record waits in a network buffer",
            st.bufferTimeout(),
            t -> streaming.apply(st.withBufferTimeout(t))));
  }

  /** A duration field: the text is parsed strictly before {@code apply} sees it. */
  private static Field duration(
      FlowSettings s,
      String name,
      String description,
      Duration value,
      Function<Duration, FlowSettings> apply) {
    return FlowFields.field(
        s, EXECUTION, name, description, value.toString(), t -> apply.apply(Duration.parse(t)));
  }
}
