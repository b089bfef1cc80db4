package dev.napkin.app.editor;

import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import java.util.Optional;

/** Copies of a node with one identity field changed, whatever its kind. */
public final class Nodes {
  private Nodes() {}

  /** The node under a new display name (the id stays). */
  public static Node withName(Node node, String name) {
    return copy(node, node.id(), name, node.tech());
  }

  /**
   * The node under a new id (a pasted copy); a name that was just the old id follows the new id.
   */
  public static Node withId(Node node, NodeId id) {
    String name = node.name().equals(node.id().value()) ? id.value() : node.name();
    return copy(node, id, name, node.tech());
  }

  public static Node withTech(Node node, Optional<String> tech) {
    return copy(node, node.id(), node.name(), tech);
  }

  private static Node copy(Node node, NodeId id, String name, Optional<String> tech) {
    if (node instanceof Source s) {
      return new Source(
          id, name, tech, s.rate(), s.arrivals(), s.profile(), s.recordSize(), s.lateness());
    }
    if (node instanceof Transform t) {
      return new Transform(
          id,
          name,
          tech,
          t.op(),
          t.cost(),
          t.overhead(),
          t.selectivity(),
          t.parallelism(),
          t.window(),
          t.keys(),
          t.mode());
    }
    Sink k = (Sink) node;
    return new Sink(id, name, tech, k.commit(), k.sla());
  }
}
