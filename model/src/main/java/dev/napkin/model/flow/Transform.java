package dev.napkin.model.flow;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.unit.Duration;
import java.util.Optional;

/**
 * A processing stage. {@code cost} is CPU time per input record, {@code overhead} a fixed time per
 * invocation (batch or job run), {@code parallelism} the number of workers (vCPUs). {@code window}
 * and {@code keys} apply to aggregates only.
 */
public record Transform(
    NodeId id,
    String name,
    Optional<String> tech,
    Op op,
    Distribution cost,
    Duration overhead,
    double selectivity,
    int parallelism,
    Optional<Window> window,
    long keys,
    Optional<ExecutionMode> mode)
    implements Node {

  public static final Distribution DEFAULT_COST = Distribution.fixed(Duration.ofNanos(100_000));

  /** A map stage with the spec's defaults. */
  public static Transform of(String id) {
    return new Transform(
        NodeId.of(id),
        id,
        Optional.empty(),
        Op.MAP,
        DEFAULT_COST,
        Duration.ZERO,
        1.0,
        1,
        Optional.empty(),
        1,
        Optional.empty());
  }

  @Override
  public NodeKind kind() {
    return NodeKind.TRANSFORM;
  }

  public boolean isAggregate() {
    return op == Op.AGGREGATE;
  }

  public Transform withParallelism(int newParallelism) {
    return new Transform(
        id, name, tech, op, cost, overhead, selectivity, newParallelism, window, keys, mode);
  }

  public Transform withMode(Optional<ExecutionMode> newMode) {
    return new Transform(
        id, name, tech, op, cost, overhead, selectivity, parallelism, window, keys, newMode);
  }
}
