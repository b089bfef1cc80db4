package dev.napkin.model.flow;

import dev.napkin.model.unit.Duration;
import java.util.Optional;

/** A connection from one node's output to another's input. */
public record Edge(NodeId from, NodeId to, Optional<String> contract, Duration transport) {
  public static Edge of(String from, String to) {
    return new Edge(NodeId.of(from), NodeId.of(to), Optional.empty(), Duration.ZERO);
  }

  public EdgeKey key() {
    return new EdgeKey(from, to);
  }
}
