package dev.napkin.model.lineage;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * A lineage view of a flow: its nodes and edges as a JGraphT directed graph. Built from any flow,
 * valid or not: a repeated node id is one vertex (the first node with it), and edges from or to
 * unknown nodes and repeated edges are ignored. Self-loops are kept (they are cycles). Every answer
 * is deterministic: ties are broken by document order.
 */
public final class FlowGraph {
  private final Graph<NodeId, DefaultEdge> graph;
  private final Map<NodeId, Integer> documentIndex;
  private final Map<NodeId, Node> nodes;
  private final List<Edge> edges;
  private final Comparator<NodeId> inDocumentOrder;

  private FlowGraph(
      Graph<NodeId, DefaultEdge> graph,
      Map<NodeId, Integer> documentIndex,
      Map<NodeId, Node> nodes,
      List<Edge> edges) {
    this.graph = graph;
    this.documentIndex = documentIndex;
    this.nodes = nodes;
    this.edges = edges;
    this.inDocumentOrder = Comparator.comparingInt(documentIndex::get);
  }

  public static FlowGraph of(Flow flow) {
    Graph<NodeId, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    Map<NodeId, Integer> index = new HashMap<>();
    Map<NodeId, Node> nodes = new HashMap<>();
    for (Node node : flow.nodes()) {
      if (graph.addVertex(node.id())) {
        index.put(node.id(), index.size());
        nodes.put(node.id(), node);
      }
    }
    List<Edge> kept = new ArrayList<>();
    for (Edge edge : flow.edges()) {
      if (graph.containsVertex(edge.from())
          && graph.containsVertex(edge.to())
          && graph.addEdge(edge.from(), edge.to()) != null) {
        kept.add(edge);
      }
    }
    return new FlowGraph(graph, Map.copyOf(index), Map.copyOf(nodes), List.copyOf(kept));
  }

  /** The node ids, in document order (each once). */
  public List<NodeId> nodes() {
    return inOrder(graph.vertexSet());
  }

  public boolean contains(NodeId id) {
    return graph.containsVertex(id);
  }

  /** The node with this id (the first one, if the flow repeats it). */
  public Node node(NodeId id) {
    requireNode(id);
    return nodes.get(id);
  }

  /** The edges the graph was built from: known endpoints, each pair once, in document order. */
  public List<Edge> edges() {
    return edges;
  }

  public boolean hasCycle() {
    return new CycleDetector<>(graph).detectCycles();
  }

  /**
   * One cycle, if there is any: the nodes in order, starting at the cycle's first node in document
   * order, without repeating it at the end ({@code [a, b, c]} for a → b → c → a).
   */
  public Optional<List<NodeId>> cycle() {
    return cycles().stream().findFirst();
  }

  /**
   * One shortest cycle per strongly connected part that has one (a self-loop is a cycle of one
   * node), ordered by their first node in document order. Each starts at its part's first node.
   */
  public List<List<NodeId>> cycles() {
    if (!hasCycle()) {
      return List.of();
    }
    List<List<NodeId>> cycles = new ArrayList<>();
    for (Set<NodeId> part :
        new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      NodeId first = Collections.min(part, inDocumentOrder);
      if (part.size() > 1) {
        cycles.add(shortestCycleThrough(first, part));
      } else if (graph.containsEdge(first, first)) {
        cycles.add(List.of(first));
      }
    }
    cycles.sort(Comparator.comparing(c -> c.get(0), inDocumentOrder));
    return List.copyOf(cycles);
  }

  private List<NodeId> shortestCycleThrough(NodeId start, Set<NodeId> part) {
    Graph<NodeId, DefaultEdge> within = new AsSubgraph<>(graph, part);
    BFSShortestPath<NodeId, DefaultEdge> paths = new BFSShortestPath<>(within);
    List<NodeId> best = List.of();
    for (NodeId next : Graphs.successorListOf(within, start)) {
      if (next.equals(start)) {
        continue;
      }
      GraphPath<NodeId, DefaultEdge> back = paths.getPath(next, start);
      if (back != null && (best.isEmpty() || back.getLength() + 1 < best.size())) {
        List<NodeId> cycle = new ArrayList<>();
        cycle.add(start);
        List<NodeId> rest = back.getVertexList();
        cycle.addAll(rest.subList(0, rest.size() - 1));
        best = cycle;
      }
    }
    return List.copyOf(best);
  }

  /**
   * Every node, each after all the nodes it reads from; among nodes free to go next, the earliest
   * in the document goes first.
   *
   * @throws IllegalStateException when the flow has a cycle
   */
  public List<NodeId> topologicalOrder() {
    cycle()
        .ifPresent(
            c -> {
              throw new IllegalStateException(
                  "a flow with a cycle has no topological order: " + describe(c));
            });
    List<NodeId> order = new ArrayList<>();
    new TopologicalOrderIterator<>(graph, inDocumentOrder).forEachRemaining(order::add);
    return List.copyOf(order);
  }

  /** Every node this one reads from, directly or not (never the node itself), document order. */
  public Set<NodeId> upstream(NodeId id) {
    requireNode(id);
    return reachable(new EdgeReversedGraph<>(graph), id);
  }

  /** Every node this one feeds, directly or not (never the node itself), document order. */
  public Set<NodeId> downstream(NodeId id) {
    requireNode(id);
    return reachable(graph, id);
  }

  private Set<NodeId> reachable(Graph<NodeId, DefaultEdge> in, NodeId start) {
    Set<NodeId> found = new LinkedHashSet<>();
    new BreadthFirstIterator<>(in, start).forEachRemaining(found::add);
    found.remove(start);
    return Collections.unmodifiableSet(new LinkedHashSet<>(inOrder(found)));
  }

  /**
   * Every simple path from a source node to this node, each from the source to it (for a source,
   * the path of itself alone). Ordered by the document positions of their nodes, first node first.
   * The count can grow exponentially with the flow's branching: meant for explaining a result, not
   * for checks on large flows.
   */
  public List<List<NodeId>> pathsToSink(NodeId sink) {
    requireNode(sink);
    Set<NodeId> sources =
        graph.vertexSet().stream()
            .filter(id -> nodes.get(id) instanceof Source)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (sources.isEmpty()) {
      return List.of();
    }
    List<List<NodeId>> paths = new ArrayList<>();
    for (GraphPath<NodeId, DefaultEdge> path :
        new AllDirectedPaths<>(graph).getAllPaths(sources, Set.of(sink), true, null)) {
      paths.add(List.copyOf(path.getVertexList()));
    }
    paths.sort(this::compareInDocumentOrder);
    return List.copyOf(paths);
  }

  private int compareInDocumentOrder(List<NodeId> a, List<NodeId> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int byNode = inDocumentOrder.compare(a.get(i), b.get(i));
      if (byNode != 0) {
        return byNode;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** The nodes with an edge into this one, in edge document order. */
  public List<NodeId> inputs(NodeId id) {
    requireNode(id);
    return edges.stream().filter(e -> e.to().equals(id)).map(Edge::from).toList();
  }

  /** The nodes this one has an edge to, in edge document order. */
  public List<NodeId> outputs(NodeId id) {
    requireNode(id);
    return edges.stream().filter(e -> e.from().equals(id)).map(Edge::to).toList();
  }

  /** {@code a → b → c → a}, for messages. */
  public static String describe(List<NodeId> cycle) {
    if (cycle.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (NodeId id : cycle) {
      out.append(id).append(" → ");
    }
    return out.append(cycle.get(0)).toString();
  }

  private List<NodeId> inOrder(Set<NodeId> ids) {
    return ids.stream().sorted(inDocumentOrder).toList();
  }

  private void requireNode(NodeId id) {
    if (!graph.containsVertex(id)) {
      throw new IllegalArgumentException("no node \"" + id + "\" in this flow");
    }
  }
}
