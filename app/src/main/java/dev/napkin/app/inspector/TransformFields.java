package dev.napkin.app.inspector;

import static dev.napkin.app.inspector.NodeFields.EXECUTION;
import static dev.napkin.app.inspector.NodeFields.PROCESSING;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A transform's processing (op, cost, parallelism, window) and its execution mode. */
final class TransformFields {
  static final String FLOW_DEFAULT = "flow default";

  private TransformFields() {}

  static List<Field> of(Flow flow, Transform t) {
    List<Field> fields = new ArrayList<>();
    fields.add(
        NodeFields.pick(
            PROCESSING,
            "Operation",
            "What the stage does to records",
            t,
            t.op().specName(),
            SourceFields.names(Op.class),
            text -> withOp(t, Inputs.choice(Op.class, text))));
    fields.add(
        NodeFields.edit(
            PROCESSING,
            "Cost",
            "CPU time per input record. " + DistributionText.FORMS,
            t,
            DistributionText.format(t.cost()),
            text ->
                copy(
                    t,
                    t.op(),
                    DistributionText.parse(text),
                    t.overhead(),
                    t.selectivity(),
                    t.parallelism(),
                    t.window(),
                    t.keys(),
                    t.mode())));
    fields.add(
        NodeFields.edit(
            PROCESSING,
            "Overhead",
            "Fixed time per invocation (batch or job run)",
            t,
            t.overhead().toString(),
            text ->
                copy(
                    t,
                    t.op(),
                    t.cost(),
                    Duration.parse(text),
                    t.selectivity(),
                    t.parallelism(),
                    t.window(),
                    t.keys(),
                    t.mode())));
    if (!t.isAggregate()) {
      fields.add(
          NodeFields.edit(
              PROCESSING,
              "Selectivity",
              "Output records per input record, e.g. 0.2",
              t,
              Inputs.plain(t.selectivity()),
              text ->
                  copy(
                      t,
                      t.op(),
                      t.cost(),
                      t.overhead(),
                      Inputs.number("selectivity", text, 0, 1_000_000),
                      t.parallelism(),
                      t.window(),
                      t.keys(),
                      t.mode())));
    }
    fields.add(
        NodeFields.edit(
            PROCESSING,
            "Parallelism",
            "Workers (vCPUs) of this stage",
            t,
            Integer.toString(t.parallelism()),
            text -> t.withParallelism(Inputs.positiveInt("parallelism", text))));
    if (t.isAggregate()) {
      fields.addAll(windowFields(t));
    }
    String mode = t.mode().map(ExecutionMode::specName).orElse(FLOW_DEFAULT);
    List<String> modes = new ArrayList<>(List.of(FLOW_DEFAULT));
    modes.addAll(SourceFields.names(ExecutionMode.class));
    fields.add(
        NodeFields.pick(
            EXECUTION,
            "Mode",
            "How this stage runs as designed; the flow default is "
                + flow.execution().mode().specName(),
            t,
            mode,
            modes,
            text ->
                t.withMode(
                    text.equals(FLOW_DEFAULT)
                        ? Optional.empty()
                        : Optional.of(Inputs.choice(ExecutionMode.class, text)))));
    return fields;
  }

  private static List<Field> windowFields(Transform t) {
    Window w = t.window().orElse(Window.tumbling(Duration.ofMinutes(1), Duration.ZERO));
    List<Field> fields = new ArrayList<>();
    fields.add(
        NodeFields.pick(
            PROCESSING,
            "Window",
            "Tumbling windows tile time; sliding ones overlap",
            t,
            w.type().specName(),
            SourceFields.names(Window.Type.class),
            text -> {
              Window.Type type = Inputs.choice(Window.Type.class, text);
              Window next =
                  type == Window.Type.TUMBLING
                      ? Window.tumbling(w.size(), w.allowedLateness())
                      : Window.sliding(w.size(), w.slide(), w.allowedLateness());
              return withWindow(t, next);
            }));
    fields.add(
        NodeFields.edit(
            PROCESSING,
            "Window size",
            "Length of one window, e.g. 1m",
            t,
            w.size().toString(),
            text -> {
              Duration size = Duration.parse(text);
              return withWindow(
                  t,
                  new Window(
                      w.type(),
                      size,
                      w.type() == Window.Type.TUMBLING ? size : w.slide(),
                      w.allowedLateness()));
            }));
    if (w.type() == Window.Type.SLIDING) {
      fields.add(
          NodeFields.edit(
              PROCESSING,
              "Slide",
              "A new window starts every slide",
              t,
              w.slide().toString(),
              text ->
                  withWindow(
                      t, Window.sliding(w.size(), Duration.parse(text), w.allowedLateness()))));
    }
    fields.add(
        NodeFields.edit(
            PROCESSING,
            "Allowed lateness",
            "How long a window accepts late records",
            t,
            w.allowedLateness().toString(),
            text ->
                withWindow(t, new Window(w.type(), w.size(), w.slide(), Duration.parse(text)))));
    fields.add(
        NodeFields.edit(
            PROCESSING,
            "Keys",
            "Results per window",
            t,
            Long.toString(t.keys()),
            text ->
                copy(
                    t,
                    t.op(),
                    t.cost(),
                    t.overhead(),
                    t.selectivity(),
                    t.parallelism(),
                    t.window(),
                    Inputs.positiveLong("keys", text),
                    t.mode())));
    return fields;
  }

  /** Changing the op keeps the spec valid: an aggregate gets a window, others lose theirs. */
  private static Transform withOp(Transform t, Op op) {
    Optional<Window> window =
        op == Op.AGGREGATE
            ? Optional.of(t.window().orElse(Window.tumbling(Duration.ofMinutes(1), Duration.ZERO)))
            : Optional.empty();
    return copy(
        t,
        op,
        t.cost(),
        t.overhead(),
        t.selectivity(),
        t.parallelism(),
        window,
        op == Op.AGGREGATE ? t.keys() : 1,
        t.mode());
  }

  private static Transform withWindow(Transform t, Window w) {
    return copy(
        t,
        t.op(),
        t.cost(),
        t.overhead(),
        t.selectivity(),
        t.parallelism(),
        Optional.of(w),
        t.keys(),
        t.mode());
  }

  private static Transform copy(
      Transform t,
      Op op,
      Distribution cost,
      Duration overhead,
      double selectivity,
      int parallelism,
      Optional<Window> window,
      long keys,
      Optional<ExecutionMode> mode) {
    return new Transform(
        t.id(),
        t.name(),
        t.tech(),
        op,
        cost,
        overhead,
        selectivity,
        parallelism,
        window,
        keys,
        mode);
  }
}
