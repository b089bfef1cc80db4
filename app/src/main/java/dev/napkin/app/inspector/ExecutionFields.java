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
    Function<Execution, FlowSettings> set = s::withExecution;
    return List.of(
        FlowFields.choice(
            s,
            EXECUTION,
            "Mode",
            "The as-designed mode of transforms that set none",
            e.mode().specName(),
            SourceFields.names(ExecutionMode.class),
            t -> set.apply(new Execution(Inputs.choice(ExecutionMode.class, t), b, m, st))),
        FlowFields.field(
            s,
            EXECUTION,
            "Batch every",
            "Time between batch runs",
            b.every().toString(),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        new Batch(Duration.parse(t), b.startup(), b.partition(), b.grace()),
                        m,
                        st))),
        FlowFields.field(
            s,
            EXECUTION,
            "Batch startup",
            "Paid once per run",
            b.startup().toString(),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        new Batch(b.every(), Duration.parse(t), b.partition(), b.grace()),
                        m,
                        st))),
        FlowFields.choice(
            s,
            EXECUTION,
            "Batch partition",
            "Records a run takes: by arrival, or by event time after a grace",
            b.partition().specName(),
            SourceFields.names(Partition.class),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        new Batch(
                            b.every(), b.startup(), Inputs.choice(Partition.class, t), b.grace()),
                        m,
                        st))),
        FlowFields.field(
            s,
            EXECUTION,
            "Batch grace",
            "Wait for late data before an event-time run",
            b.grace().toString(),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        new Batch(b.every(), b.startup(), b.partition(), Duration.parse(t)),
                        m,
                        st))),
        FlowFields.field(
            s,
            EXECUTION,
            "Micro-batch every",
            "Trigger interval",
            m.every().toString(),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        b,
                        new MicroBatch(Duration.parse(t), m.overhead(), m.watermarkDelay()),
                        st))),
        FlowFields.field(
            s,
            EXECUTION,
            "Micro-batch overhead",
            "Paid per micro-batch",
            m.overhead().toString(),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        b,
                        new MicroBatch(m.every(), Duration.parse(t), m.watermarkDelay()),
                        st))),
        FlowFields.field(
            s,
            EXECUTION,
            "Micro-batch watermark delay",
            "Blank: the same as streaming's",
            m.watermarkDelay().map(Duration::toString).orElse(""),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        b,
                        new MicroBatch(m.every(), m.overhead(), Inputs.optionalDuration(t)),
                        st))),
        FlowFields.field(
            s,
            EXECUTION,
            "Streaming checkpoint",
            "Time between checkpoints",
            st.checkpoint().toString(),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        b,
                        m,
                        new Streaming(
                            Duration.parse(t),
                            st.checkpointDuration(),
                            st.delivery(),
                            st.watermarkDelay(),
                            st.bufferTimeout())))),
        FlowFields.field(
            s,
            EXECUTION,
            "Checkpoint duration",
            "How long a checkpoint takes",
            st.checkpointDuration().toString(),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        b,
                        m,
                        new Streaming(
                            st.checkpoint(),
                            Duration.parse(t),
                            st.delivery(),
                            st.watermarkDelay(),
                            st.bufferTimeout())))),
        FlowFields.choice(
            s,
            EXECUTION,
            "Delivery",
            "When a streaming sink makes a record visible",
            st.delivery().specName(),
            SourceFields.names(Delivery.class),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        b,
                        m,
                        new Streaming(
                            st.checkpoint(),
                            st.checkpointDuration(),
                            Inputs.choice(Delivery.class, t),
                            st.watermarkDelay(),
                            st.bufferTimeout())))),
        FlowFields.field(
            s,
            EXECUTION,
            "Watermark delay",
            "How far the watermark trails event time",
            st.watermarkDelay().toString(),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        b,
                        m,
                        new Streaming(
                            st.checkpoint(),
                            st.checkpointDuration(),
                            st.delivery(),
                            Duration.parse(t),
                            st.bufferTimeout())))),
        FlowFields.field(
            s,
            EXECUTION,
            "Buffer timeout",
            "Longest a record waits in a network buffer",
            st.bufferTimeout().toString(),
            t ->
                set.apply(
                    new Execution(
                        e.mode(),
                        b,
                        m,
                        new Streaming(
                            st.checkpoint(),
                            st.checkpointDuration(),
                            st.delivery(),
                            st.watermarkDelay(),
                            Duration.parse(t))))));
  }
}
