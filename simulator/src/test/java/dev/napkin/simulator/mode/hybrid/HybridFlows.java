package dev.napkin.simulator.mode.hybrid;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Transform;
import java.util.List;
import java.util.Optional;

/** Hybrid flows for the as-designed tests: transforms given their own mode. */
final class HybridFlows {
  private HybridFlows() {}

  static Transform in(ExecutionMode mode, Transform transform) {
    return transform.withMode(Optional.of(mode));
  }

  /**
   * A flow (default mode batch) with the given batch and micro-batch settings and streaming
   * at-least-once, no buffering: a crossing into or out of streaming adds only the service time.
   */
  static Flow flow(
      List<Node> nodes, List<Edge> edges, Execution.Batch batch, Execution.MicroBatch micro) {
    Flow flow = Flow.of("hybrid", nodes, edges);
    Execution.Streaming streaming =
        Execution.Streaming.DEFAULTS
            .withDelivery(Execution.Delivery.AT_LEAST_ONCE)
            .withBufferTimeout(dev.napkin.model.unit.Duration.ZERO);
    return flow.withExecution(new Execution(ExecutionMode.BATCH, batch, micro, streaming));
  }
}
