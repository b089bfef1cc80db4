package dev.napkin.app.command;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends nodes (with their positions) and edges: adding from the palette, connecting, pasting. The
 * caller makes sure ids are new; this command refuses to shadow an existing node or edge.
 */
public record AddElements(String label, List<Node> nodes, List<Edge> edges, Map<NodeId, Point> at)
    implements Command {

  public AddElements {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    at = Map.copyOf(at);
  }

  public static AddElements node(Node node, Point point) {
    return new AddElements("Add " + node.id(), List.of(node), List.of(), Map.of(node.id(), point));
  }

  public static AddElements edge(Edge edge) {
    return new AddElements("Connect " + edge.key(), List.of(), List.of(edge), Map.of());
  }

  @Override
  public Flow apply(Flow flow) {
    Set<NodeId> ids = new HashSet<>();
    flow.nodes().forEach(n -> ids.add(n.id()));
    for (Node node : nodes) {
      if (!ids.add(node.id())) {
        throw new IllegalStateException("node " + node.id() + " already exists");
      }
    }
    List<Node> newNodes = new ArrayList<>(flow.nodes());
    newNodes.addAll(nodes);
    List<Edge> newEdges = new ArrayList<>(flow.edges());
    for (Edge edge : edges) {
      if (flow.edges().stream().anyMatch(e -> e.key().equals(edge.key()))) {
        throw new IllegalStateException("edge " + edge.key() + " already exists");
      }
      newEdges.add(edge);
    }
    Map<NodeId, Point> positions = new LinkedHashMap<>(flow.layout().positions());
    for (Node node : nodes) {
      Point p = at.get(node.id());
      if (p != null) {
        positions.put(node.id(), p);
      }
    }
    return flow.withNodes(newNodes).withEdges(newEdges).withLayout(new Layout(positions));
  }

  @Override
  public Flow revert(Flow flow) {
    Set<NodeId> ids = new HashSet<>();
    nodes.forEach(n -> ids.add(n.id()));
    List<Node> keptNodes = flow.nodes().stream().filter(n -> !ids.contains(n.id())).toList();
    List<Edge> keptEdges = flow.edges().stream().filter(e -> !edges.contains(e)).toList();
    Map<NodeId, Point> positions = new LinkedHashMap<>(flow.layout().positions());
    positions.keySet().removeAll(ids);
    return flow.withNodes(keptNodes).withEdges(keptEdges).withLayout(new Layout(positions));
  }
}
