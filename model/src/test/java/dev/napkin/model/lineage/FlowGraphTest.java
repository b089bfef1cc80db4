package dev.napkin.model.lineage;

import static dev.napkin.model.testing.Flows.edges;
import static dev.napkin.model.testing.Flows.flow;
import static dev.napkin.model.testing.Flows.id;
import static dev.napkin.model.testing.Flows.ids;
import static dev.napkin.model.testing.Flows.map;
import static dev.napkin.model.testing.Flows.sink;
import static dev.napkin.model.testing.Flows.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Transform;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowGraphTest {

  /** src → a → b → out, and src → c → out: a diamond with a longer arm. */
  private static final Flow DIAMOND =
      flow(
          List.of(source("src"), map("a"), map("b"), map("c"), sink("out")),
          edges("src>a", "a>b", "b>out", "src>c", "c>out"));

  @Test
  void listsNodesInDocumentOrder() {
    assertThat(FlowGraph.of(DIAMOND).nodes()).isEqualTo(ids("src", "a", "b", "c", "out"));
  }

  @Test
  void ignoresEdgesFromOrToUnknownNodes() {
    Flow flow =
        flow(List.of(source("src"), sink("out")), edges("src>out", "ghost>out", "src>nope"));

    FlowGraph graph = FlowGraph.of(flow);

    assertThat(graph.edges()).isEqualTo(edges("src>out"));
    assertThat(graph.nodes()).isEqualTo(ids("src", "out"));
  }

  @Test
  void keepsARepeatedEdgeOnce() {
    Flow flow = flow(List.of(source("src"), sink("out")), edges("src>out", "src>out"));

    FlowGraph graph = FlowGraph.of(flow);

    assertThat(graph.edges()).isEqualTo(edges("src>out"));
    assertThat(graph.inputs(id("out"))).isEqualTo(ids("src"));
  }

  @Test
  void keepsTheFirstNodeWhenAnIdRepeats() {
    Transform second = map("src");
    Flow flow = flow(List.of(source("src"), second, sink("out")), edges("src>out"));

    FlowGraph graph = FlowGraph.of(flow);

    assertThat(graph.nodes()).isEqualTo(ids("src", "out"));
    assertThat(graph.node(id("src"))).isEqualTo(source("src"));
  }

  @Test
  void findsNoCycleInADag() {
    FlowGraph graph = FlowGraph.of(DIAMOND);

    assertThat(graph.hasCycle()).isFalse();
    assertThat(graph.cycle()).isEmpty();
    assertThat(graph.cycles()).isEmpty();
  }

  @Test
  void findsACycleInOrderStartingAtItsEarliestNode() {
    Flow flow =
        flow(
            List.of(source("src"), map("a"), map("b"), map("c")),
            edges("src>b", "b>c", "c>a", "a>b"));

    assertThat(FlowGraph.of(flow).cycle()).isEqualTo(Optional.of(ids("a", "b", "c")));
  }

  @Test
  void describesACycleClosingOnItsFirstNode() {
    assertThat(FlowGraph.describe(ids("a", "b", "c"))).isEqualTo("a → b → c → a");
  }

  @Test
  void picksTheShortestCycleThroughTheEarliestNode() {
    Flow flow = flow(List.of(map("a"), map("b"), map("c")), edges("a>b", "b>c", "c>a", "a>c"));

    assertThat(FlowGraph.of(flow).cycle()).isEqualTo(Optional.of(ids("a", "c")));
  }

  @Test
  void reportsASelfLoopAsACycleOfOneNode() {
    Flow flow = flow(List.of(source("src"), map("a")), edges("src>a", "a>a"));

    assertThat(FlowGraph.of(flow).cycles()).isEqualTo(List.of(ids("a")));
  }

  @Test
  void findsOneCyclePerTangleInDocumentOrder() {
    Flow flow =
        flow(
            List.of(map("x"), map("y"), map("a"), map("b"), map("z")),
            edges("a>b", "b>a", "x>y", "y>x", "z>z", "y>a"));

    assertThat(FlowGraph.of(flow).cycles())
        .isEqualTo(List.of(ids("x", "y"), ids("a", "b"), ids("z")));
  }

  @Test
  void ordersNodesTopologicallyWithDocumentOrderBreakingTies() {
    Flow flow =
        flow(
            List.of(sink("out"), map("late"), map("early"), source("two"), source("one")),
            edges("one>early", "two>late", "early>out", "late>out"));

    assertThat(FlowGraph.of(flow).topologicalOrder())
        .isEqualTo(ids("two", "late", "one", "early", "out"));
  }

  @Test
  void refusesATopologicalOrderForACyclicFlow() {
    Flow flow = flow(List.of(map("a"), map("b")), edges("a>b", "b>a"));

    assertThatThrownBy(() -> FlowGraph.of(flow).topologicalOrder())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a flow with a cycle has no topological order: a → b → a");
  }

  @Test
  void findsEveryNodeUpstreamInDocumentOrder() {
    assertThat(FlowGraph.of(DIAMOND).upstream(id("out")))
        .containsExactly(id("src"), id("a"), id("b"), id("c"));
  }

  @Test
  void findsEveryNodeDownstreamInDocumentOrder() {
    assertThat(FlowGraph.of(DIAMOND).downstream(id("a"))).containsExactly(id("b"), id("out"));
  }

  @Test
  void leavesANodeOutOfItsOwnLineageEvenOnACycle() {
    Flow flow = flow(List.of(map("a"), map("b")), edges("a>b", "b>a"));
    FlowGraph graph = FlowGraph.of(flow);

    assertThat(graph.downstream(id("a"))).containsExactly(id("b"));
    assertThat(graph.upstream(id("a"))).containsExactly(id("b"));
  }

  @Test
  void rejectsALineageQueryForAnUnknownNode() {
    assertThatThrownBy(() -> FlowGraph.of(DIAMOND).upstream(id("ghost")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no node \"ghost\" in this flow");
  }

  @Test
  void listsEveryPathFromEverySourceToASink() {
    Flow flow =
        flow(
            List.of(source("s1"), source("s2"), map("a"), map("b"), sink("out")),
            edges("s1>a", "s2>b", "a>out", "s1>b", "b>out"));

    assertThat(FlowGraph.of(flow).pathsToSink(id("out")))
        .isEqualTo(List.of(ids("s1", "a", "out"), ids("s1", "b", "out"), ids("s2", "b", "out")));
  }

  @Test
  void listsOnlySimplePathsWhenACycleHangsOffThem() {
    Flow flow =
        flow(
            List.of(source("src"), map("a"), map("loop"), sink("out")),
            edges("src>a", "a>loop", "loop>a", "a>out"));

    assertThat(FlowGraph.of(flow).pathsToSink(id("out")))
        .isEqualTo(List.of(ids("src", "a", "out")));
  }

  @Test
  void findsNoPathToASinkNoSourceFeeds() {
    Flow flow = flow(List.of(map("a"), sink("out")), edges("a>out"));

    assertThat(FlowGraph.of(flow).pathsToSink(id("out"))).isEmpty();
  }

  @Test
  void givesASourceThePathOfItselfAlone() {
    assertThat(FlowGraph.of(DIAMOND).pathsToSink(id("src"))).isEqualTo(List.of(ids("src")));
  }

  @Test
  void listsInputsAndOutputsInEdgeDocumentOrder() {
    Flow flow =
        flow(
            List.of(source("s1"), source("s2"), map("join"), sink("x"), sink("y")),
            List.of(
                Edge.of("s2", "join"),
                Edge.of("join", "y"),
                Edge.of("s1", "join"),
                Edge.of("join", "x")));
    FlowGraph graph = FlowGraph.of(flow);

    assertThat(graph.inputs(id("join"))).isEqualTo(ids("s2", "s1"));
    assertThat(graph.outputs(id("join"))).isEqualTo(ids("y", "x"));
  }
}
