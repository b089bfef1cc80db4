package dev.napkin.app.editor;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.NodeKind;
import dev.napkin.model.lineage.FlowGraph;
import dev.napkin.model.unit.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether an edge may be drawn from one node to another, and if not, why, in words a user reads
 * while dragging: into a source, out of a sink, onto itself, twice, or closing a cycle.
 */
public final class ConnectionRules {
  private ConnectionRules() {}

  /** Empty when {@code from → to} may be added, else the reason it may not. */
  public static Optional<String> refusal(Flow flow, NodeId from, NodeId to) {
    Optional<Node> source = flow.node(from);
    Optional<Node> target = flow.node(to);
    if (source.isEmpty() || target.isEmpty()) {
      return Optional.of("Unknown node " + (source.isEmpty() ? from : to));
    }
    if (from.equals(to)) {
      return Optional.of("A node cannot feed itself");
    }
    if (source.get().kind() == NodeKind.SINK) {
      return Optional.of(name(source.get()) + " is a sink: sinks have no outputs");
    }
    if (target.get().kind() == NodeKind.SOURCE) {
      return Optional.of(name(target.get()) + " is a source: sources have no inputs");
    }
    if (flow.edges().stream().anyMatch(e -> e.from().equals(from) && e.to().equals(to))) {
      return Optional.of(from + " → " + to + " already exists");
    }
    if (!FlowGraph.of(flow).downstream(to).contains(from)) {
      return Optional.empty();
    }
    List<Edge> edges = new ArrayList<>(flow.edges());
    edges.add(new Edge(from, to, Optional.empty(), Duration.ZERO));
    FlowGraph closed = FlowGraph.of(flow.withEdges(edges));
    List<NodeId> cycle =
        closed.cycles().stream()
            .filter(c -> c.contains(from) && c.contains(to))
            .findFirst()
            .orElseGet(() -> closed.cycle().orElse(List.of(from, to)));
    return Optional.of("That would close a cycle: " + FlowGraph.describe(cycle));
  }

  private static String name(Node node) {
    return node.name().equals(node.id().value())
        ? node.id().value()
        : node.name() + " (" + node.id() + ")";
  }
}
