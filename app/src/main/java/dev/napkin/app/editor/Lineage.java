package dev.napkin.app.editor;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editor's view of what feeds what: everything upstream and downstream of a selection, and a
 * path between two nodes (to name a cycle before it is drawn).
 */
public final class Lineage {
  private final Map<NodeId, List<NodeId>> out = new HashMap<>();
  private final Map<NodeId, List<NodeId>> in = new HashMap<>();

  private Lineage(Flow flow) {
    for (Node node : flow.nodes()) {
      out.put(node.id(), new ArrayList<>());
      in.put(node.id(), new ArrayList<>());
    }
    for (Edge edge : flow.edges()) {
      out.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
      in.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from());
    }
  }

  public static Lineage of(Flow flow) {
    return new Lineage(flow);
  }

  /** The nodes themselves with everything upstream and downstream of them. */
  public Set<NodeId> related(Collection<NodeId> nodes) {
    Set<NodeId> all = new LinkedHashSet<>(nodes);
    all.addAll(reach(nodes, out));
    all.addAll(reach(nodes, in));
    return all;
  }

  public Set<NodeId> downstream(NodeId node) {
    return reach(List.of(node), out);
  }

  public Set<NodeId> upstream(NodeId node) {
    return reach(List.of(node), in);
  }

  /** A shortest path {@code from … to} along edges, empty when there is none. */
  public List<NodeId> path(NodeId from, NodeId to) {
    Map<NodeId, NodeId> cameFrom = new HashMap<>();
    Deque<NodeId> queue = new ArrayDeque<>(List.of(from));
    Set<NodeId> seen = new HashSet<>(List.of(from));
    while (!queue.isEmpty()) {
      NodeId at = queue.removeFirst();
      if (at.equals(to)) {
        List<NodeId> path = new ArrayList<>();
        for (NodeId step = to; step != null; step = cameFrom.get(step)) {
          path.add(step);
        }
        Collections.reverse(path);
        return path;
      }
      for (NodeId next : out.getOrDefault(at, List.of())) {
        if (seen.add(next)) {
          cameFrom.put(next, at);
          queue.addLast(next);
        }
      }
    }
    return List.of();
  }

  private static Set<NodeId> reach(Collection<NodeId> start, Map<NodeId, List<NodeId>> step) {
    Set<NodeId> seen = new LinkedHashSet<>();
    Deque<NodeId> todo = new ArrayDeque<>(start);
    while (!todo.isEmpty()) {
      for (NodeId next : step.getOrDefault(todo.removeFirst(), List.of())) {
        if (seen.add(next)) {
          todo.addLast(next);
        }
      }
    }
    return seen;
  }
}
