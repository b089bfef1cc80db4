package dev.napkin.simulator.mode;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.random.StreamKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flow's graph as index arrays, for the modes' hot loops: nodes in document order, edges in
 * document order, each node's outgoing and incoming edges, a topological order, and each node's
 * random-stream key. Fails fast on unknown nodes and cycles (the validator should have caught
 * them).
 */
public final class Topology {
  private final Flow flow;
  private final List<Node> nodes;
  private final Map<NodeId, Integer> index = new HashMap<>();
  private final int[] edgeFrom;
  private final int[] edgeTo;
  private final int[] edgeInput;
  private final long[] edgeTransport;
  private final int[][] outEdges;
  private final int[][] inEdges;
  private final long[] keys;
  private final int[] order;

  private Topology(Flow flow) {
    this.flow = flow;
    this.nodes = flow.nodes();
    int n = nodes.size();
    keys = new long[n];
    for (int i = 0; i < n; i++) {
      if (index.put(nodes.get(i).id(), i) != null) {
        throw new IllegalArgumentException("duplicate node id " + nodes.get(i).id());
      }
      keys[i] = StreamKeys.node(nodes.get(i).id());
    }
    List<Edge> edges = flow.edges();
    int m = edges.size();
    edgeFrom = new int[m];
    edgeTo = new int[m];
    edgeInput = new int[m];
    edgeTransport = new long[m];
    List<List<Integer>> outs = lists(n);
    List<List<Integer>> ins = lists(n);
    for (int e = 0; e < m; e++) {
      Edge edge = edges.get(e);
      edgeFrom[e] = indexOf(edge.from());
      edgeTo[e] = indexOf(edge.to());
      edgeTransport[e] = edge.transport().nanos();
      edgeInput[e] = ins.get(edgeTo[e]).size();
      outs.get(edgeFrom[e]).add(e);
      ins.get(edgeTo[e]).add(e);
    }
    outEdges = toArrays(outs);
    inEdges = toArrays(ins);
    order = sortTopologically();
  }

  public static Topology of(Flow flow) {
    return new Topology(flow);
  }

  private static List<List<Integer>> lists(int n) {
    List<List<Integer>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    return lists.stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  private int[] sortTopologically() {
    int n = nodes.size();
    int[] pending = new int[n];
    int[] out = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      pending[i] = inEdges[i].length;
      if (pending[i] == 0) {
        out[tail++] = i;
      }
    }
    while (head < tail) {
      for (int e : outEdges[out[head++]]) {
        if (--pending[edgeTo[e]] == 0) {
          out[tail++] = edgeTo[e];
        }
      }
    }
    if (tail < n) {
      throw new IllegalArgumentException("the flow has a cycle; it cannot be simulated");
    }
    return out;
  }

  public Flow flow() {
    return flow;
  }

  public int nodeCount() {
    return nodes.size();
  }

  public int edgeCount() {
    return edgeFrom.length;
  }

  public Node node(int i) {
    return nodes.get(i);
  }

  public int indexOf(NodeId id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException("no node " + id + " in the flow");
    }
    return i;
  }

  public boolean isSource(int i) {
    return nodes.get(i) instanceof Source;
  }

  public boolean isTransform(int i) {
    return nodes.get(i) instanceof Transform;
  }

  public boolean isSink(int i) {
    return nodes.get(i) instanceof Sink;
  }

  /** The node's random-stream key (a hash of its id). */
  public long key(int i) {
    return keys[i];
  }

  public int edgeFrom(int e) {
    return edgeFrom[e];
  }

  public int edgeTo(int e) {
    return edgeTo[e];
  }

  /** The edge's position among its target's inputs. */
  public int edgeInput(int e) {
    return edgeInput[e];
  }

  public long edgeTransport(int e) {
    return edgeTransport[e];
  }

  /** Outgoing edge indices, in document order; do not modify. */
  public int[] outEdges(int i) {
    return outEdges[i];
  }

  /** Incoming edge indices, in document order; do not modify. */
  public int[] inEdges(int i) {
    return inEdges[i];
  }

  /** Node indices, every node after all its upstream nodes; do not modify. */
  public int[] topologicalOrder() {
    return order;
  }

  /** The sinks reachable from node i (i itself if it is a sink), in document order. */
  public int[] downstreamSinks(int i) {
    boolean[] seen = new boolean[nodes.size()];
    mark(i, seen);
    List<Integer> sinks = new ArrayList<>();
    for (int j = 0; j < nodes.size(); j++) {
      if (seen[j] && isSink(j)) {
        sinks.add(j);
      }
    }
    return sinks.stream().mapToInt(Integer::intValue).toArray();
  }

  private void mark(int i, boolean[] seen) {
    if (seen[i]) {
      return;
    }
    seen[i] = true;
    for (int e : outEdges[i]) {
      mark(edgeTo[e], seen);
    }
  }

  /** The longest path from any source to any sink, each edge weighing {@code weight[e]}. */
  public long longestPath(long[] weight) {
    long[] best = new long[nodes.size()];
    long longest = 0;
    for (int i : order) {
      for (int e : outEdges[i]) {
        best[edgeTo[e]] = Math.max(best[edgeTo[e]], best[i] + weight[e]);
      }
      longest = Math.max(longest, best[i]);
    }
    return longest;
  }
}
