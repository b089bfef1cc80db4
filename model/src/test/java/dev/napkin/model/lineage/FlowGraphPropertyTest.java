package dev.napkin.model.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Transform;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FlowGraphPropertyTest {

  @Property(tries = 300)
  void topologicalOrderPutsEveryEdgeForward(@ForAll("dags") Flow flow) {
    List<NodeId> order = FlowGraph.of(flow).topologicalOrder();

    assertThat(order).containsExactlyInAnyOrderElementsOf(FlowGraph.of(flow).nodes());
    for (Edge edge : flow.edges()) {
      assertThat(order.indexOf(edge.from()))
          .as(edge.key().toString())
          .isLessThan(order.indexOf(edge.to()));
    }
  }

  @Property(tries = 300)
  void upstreamAndDownstreamMirrorEachOther(@ForAll("anyGraphs") Flow flow) {
    FlowGraph graph = FlowGraph.of(flow);
    for (NodeId a : graph.nodes()) {
      assertThat(graph.downstream(a)).doesNotContain(a);
      for (NodeId b : graph.nodes()) {
        assertThat(graph.downstream(a).contains(b))
            .as("%s downstream of %s", b, a)
            .isEqualTo(graph.upstream(b).contains(a));
      }
    }
  }

  @Property(tries = 300)
  void aFoundCycleFollowsRealEdges(@ForAll("anyGraphs") Flow flow) {
    FlowGraph graph = FlowGraph.of(flow);
    for (List<NodeId> cycle : graph.cycles()) {
      for (int i = 0; i < cycle.size(); i++) {
        NodeId from = cycle.get(i);
        NodeId to = cycle.get((i + 1) % cycle.size());
        assertThat(graph.outputs(from)).contains(to);
      }
    }
    assertThat(graph.cycle().isPresent()).isEqualTo(graph.hasCycle());
  }

  /** Acyclic graphs whose document order is shuffled, so it is no topological order itself. */
  @Provide
  Arbitrary<Flow> dags() {
    return Arbitraries.integers()
        .between(1, 12)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.integers().between(0, n - 1).list().ofSize(n * 2),
                        Arbitraries.integers().between(0, n - 1).list().ofSize(n * 2),
                        Arbitraries.shuffle(range(n)))
                    .as(
                        (as, bs, shuffled) -> {
                          List<Edge> edges = new ArrayList<>();
                          for (int i = 0; i < as.size(); i++) {
                            int a = Math.min(as.get(i), bs.get(i));
                            int b = Math.max(as.get(i), bs.get(i));
                            if (a != b) {
                              edges.add(Edge.of(name(a), name(b)));
                            }
                          }
                          List<Node> nodes =
                              shuffled.stream().map(i -> (Node) Transform.of(name(i))).toList();
                          return Flow.of("dag", nodes, edges);
                        }));
  }

  /** Any directed graph: cycles, self-loops, repeated edges and edges to unknown nodes. */
  @Provide
  Arbitrary<Flow> anyGraphs() {
    Arbitrary<Edge> edge =
        Combinators.combine(
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9))
            .as((a, b) -> Edge.of(name(a), name(b)));
    return Combinators.combine(Arbitraries.integers().between(0, 8), edge.list().ofMaxSize(20))
        .as(
            (n, edges) ->
                Flow.of(
                    "any",
                    range(n).stream().map(i -> (Node) Transform.of(name(i))).toList(),
                    edges));
  }

  private static List<Integer> range(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  private static String name(int i) {
    return "n" + i;
  }
}
