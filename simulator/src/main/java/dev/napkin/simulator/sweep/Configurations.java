package dev.napkin.simulator.sweep;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import java.util.List;
import java.util.Optional;

/** Builds the flow a sweep point simulates: one mode for every stage, its knob, scaled workers. */
final class Configurations {
  private Configurations() {}

  /**
   * The flow run entirely in {@code mode} (the flow's mode set to it, every transform's own mode
   * cleared), with the mode's knob set to {@code knob} and every transform's parallelism scaled:
   * ceil(scale × parallelism), at least 1.
   */
  static Flow configure(Flow flow, String mode, Duration knob, double scale) {
    Execution execution = flow.execution();
    Execution configured =
        switch (mode) {
          case "batch" ->
              execution.withMode(ExecutionMode.BATCH).withBatch(execution.batch().withEvery(knob));
          case "micro-batch" ->
              execution
                  .withMode(ExecutionMode.MICRO_BATCH)
                  .withMicroBatch(execution.microBatch().withEvery(knob));
          case "streaming" ->
              execution
                  .withMode(ExecutionMode.STREAMING)
                  .withStreaming(execution.streaming().withCheckpoint(knob));
          default -> throw new IllegalArgumentException("\"" + mode + "\" cannot be swept");
        };
    List<Node> nodes = flow.nodes().stream().map(n -> scaled(n, scale)).toList();
    return flow.withExecution(configured).withNodes(nodes);
  }

  /** ceil(scale × parallelism), at least 1; a hair of rounding error does not add a worker. */
  static int scaledParallelism(int parallelism, double scale) {
    double exact = parallelism * scale;
    long workers = (long) Math.ceil(exact - 1e-9 * Math.max(1, exact));
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, workers));
  }

  private static Node scaled(Node node, double scale) {
    if (node instanceof Transform t) {
      return t.withParallelism(scaledParallelism(t.parallelism(), scale))
          .withMode(Optional.empty());
    }
    return node;
  }
}
