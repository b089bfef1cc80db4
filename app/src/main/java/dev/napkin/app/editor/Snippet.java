package dev.napkin.app.editor;

import dev.napkin.app.command.AddElements;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Copied nodes, the edges between them and their positions: what cut, copy and paste carry. */
public record Snippet(List<Node> nodes, List<Edge> edges, Map<NodeId, Point> at) {
  public Snippet {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    at = Map.copyOf(at);
  }

  /** The selected nodes of {@code flow}, with the edges that run between two of them. */
  public static Snippet of(Flow flow, Set<NodeId> selected) {
    List<Node> nodes = flow.nodes().stream().filter(n -> selected.contains(n.id())).toList();
    List<Edge> edges =
        flow.edges().stream()
            .filter(e -> selected.contains(e.from()) && selected.contains(e.to()))
            .toList();
    Map<NodeId, Point> at = new HashMap<>();
    nodes.forEach(n -> flow.layout().of(n.id()).ifPresent(p -> at.put(n.id(), p)));
    return new Snippet(nodes, edges, at);
  }

  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /**
   * A command adding a copy of this snippet to {@code flow}, moved by {@code (dx, dy)}, each node
   * under a fresh id; the copies keep their display names.
   */
  public AddElements pasteInto(Flow flow, double dx, double dy, String label) {
    Set<NodeId> taken = new HashSet<>();
    flow.nodes().forEach(n -> taken.add(n.id()));
    Map<NodeId, NodeId> renamed = new LinkedHashMap<>();
    List<Node> copies = new ArrayList<>();
    Map<NodeId, Point> positions = new HashMap<>();
    for (Node node : nodes) {
      NodeId fresh = NodeIds.unique(node.id().value(), taken);
      taken.add(fresh);
      renamed.put(node.id(), fresh);
      copies.add(Nodes.withId(node, fresh));
      Point p = at.getOrDefault(node.id(), new Point(0, 0));
      positions.put(fresh, new Point(p.x() + dx, p.y() + dy));
    }
    List<Edge> edgeCopies =
        edges.stream()
            .map(
                e ->
                    new Edge(
                        renamed.get(e.from()), renamed.get(e.to()), e.contract(), e.transport()))
            .toList();
    return new AddElements(label, copies, edgeCopies, positions);
  }
}
