package dev.napkin.model.flow;

import dev.napkin.model.unit.Duration;
import java.util.Optional;

/** Where consumers see results: a table, a dashboard, a feature store. */
public record Sink(NodeId id, String name, Optional<String> tech, Duration commit, Sla sla)
    implements Node {

  public static Sink of(String id) {
    return new Sink(NodeId.of(id), id, Optional.empty(), Duration.ZERO, Sla.NONE);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.SINK;
  }
}
