package dev.napkin.app.command;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Deletes nodes (with every edge that touches them) and edges. Undo puts each one back at the place
 * it had in the document, so a delete and its undo leave the written spec unchanged.
 */
public final class RemoveElements implements Command {
  private final String label;
  private final Map<Integer, Node> nodesAt;
  private final Map<Integer, Edge> edgesAt;
  private final Layout layoutBefore;

  private RemoveElements(
      String label, Map<Integer, Node> nodesAt, Map<Integer, Edge> edgesAt, Layout layoutBefore) {
    this.label = label;
    this.nodesAt = nodesAt;
    this.edgesAt = edgesAt;
    this.layoutBefore = layoutBefore;
  }

  /** Removes {@code nodes} and {@code edges} from {@code flow}; unknown ones are ignored. */
  public static RemoveElements of(Flow flow, Set<NodeId> nodes, Set<EdgeKey> edges) {
    Map<Integer, Node> nodesAt = new TreeMap<>();
    for (int i = 0; i < flow.nodes().size(); i++) {
      if (nodes.contains(flow.nodes().get(i).id())) {
        nodesAt.put(i, flow.nodes().get(i));
      }
    }
    Map<Integer, Edge> edgesAt = new TreeMap<>();
    for (int i = 0; i < flow.edges().size(); i++) {
      Edge e = flow.edges().get(i);
      if (edges.contains(e.key()) || nodes.contains(e.from()) || nodes.contains(e.to())) {
        edgesAt.put(i, e);
      }
    }
    return new RemoveElements(
        label(nodesAt.size(), edgesAt.size()), nodesAt, edgesAt, flow.layout());
  }

  private static String label(int nodes, int edges) {
    if (nodes == 0) {
      return edges == 1 ? "Delete edge" : "Delete " + edges + " edges";
    }
    return nodes == 1 ? "Delete node" : "Delete " + nodes + " nodes";
  }

  /** The same removal under another label ("Cut"). */
  public RemoveElements renamed(String newLabel) {
    return new RemoveElements(newLabel, nodesAt, edgesAt, layoutBefore);
  }

  public boolean isEmpty() {
    return nodesAt.isEmpty() && edgesAt.isEmpty();
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Flow apply(Flow flow) {
    List<Node> nodes = new ArrayList<>(flow.nodes());
    nodes.removeAll(nodesAt.values());
    List<Edge> edges = new ArrayList<>(flow.edges());
    edges.removeAll(edgesAt.values());
    Layout layout = flow.layout();
    for (Node node : nodesAt.values()) {
      layout = layout.without(node.id());
    }
    return flow.withNodes(nodes).withEdges(edges).withLayout(layout);
  }

  @Override
  public Flow revert(Flow flow) {
    List<Node> nodes = new ArrayList<>(flow.nodes());
    nodesAt.forEach(nodes::add);
    List<Edge> edges = new ArrayList<>(flow.edges());
    edgesAt.forEach(edges::add);
    return flow.withNodes(nodes).withEdges(edges).withLayout(layoutBefore);
  }
}
