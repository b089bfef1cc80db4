package dev.napkin.model.validate;

import static dev.napkin.model.validate.IssueCodes.AGGREGATE_WITHOUT_WINDOW;
import static dev.napkin.model.validate.IssueCodes.COST_UNKNOWN_NODE;
import static dev.napkin.model.validate.IssueCodes.CYCLE;
import static dev.napkin.model.validate.IssueCodes.DUPLICATE_EDGE;
import static dev.napkin.model.validate.IssueCodes.DUPLICATE_ID;
import static dev.napkin.model.validate.IssueCodes.LAYOUT_UNKNOWN_NODE;
import static dev.napkin.model.validate.IssueCodes.NO_INPUT;
import static dev.napkin.model.validate.IssueCodes.SELF_LOOP;
import static dev.napkin.model.validate.IssueCodes.SINK_HAS_OUTPUT;
import static dev.napkin.model.validate.IssueCodes.SOURCE_HAS_INPUT;
import static dev.napkin.model.validate.IssueCodes.UNKNOWN_NODE;
import static dev.napkin.model.validate.IssueCodes.WINDOW_ON_NON_AGGREGATE;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.lineage.FlowGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The errors of a flow (SPEC.md, "Rules the validator enforces"): what makes it impossible to
 * simulate as written. Each issue names its spec path ({@code nodes[2].rate}, {@code edges[1].to},
 * {@code simulation.horizon}) and the node or edge it is about. Issues come in document order:
 * {@code defaults}, nodes, edges, cycles, {@code execution}, {@code cost}, {@code simulation},
 * {@code layout}. Never throws: any flow value gets a list, empty when the flow is valid.
 */
public final class Validator {
  private final Flow flow;
  private final List<Issue> issues = new ArrayList<>();
  private final RangeChecks ranges = new RangeChecks(issues);

  /** The first node with each id, and its position. */
  private final Map<NodeId, Integer> firstIndex = new LinkedHashMap<>();

  private Validator(Flow flow) {
    this.flow = flow;
  }

  public static List<Issue> validate(Flow flow) {
    return new Validator(flow).run();
  }

  private List<Issue> run() {
    ranges.sla(flow.defaultSla(), "defaults.sla", Optional.empty());
    for (int i = 0; i < flow.nodes().size(); i++) {
      node(flow.nodes().get(i), i);
    }
    Map<EdgeKey, Integer> firstEdge = new HashMap<>();
    for (int j = 0; j < flow.edges().size(); j++) {
      edge(flow.edges().get(j), j, firstEdge);
    }
    cycles(firstEdge);
    ranges.execution(flow.execution());
    for (NodeId id : flow.cost().monthly().keySet()) {
      unknownReference(id, COST_UNKNOWN_NODE, "cost.monthly." + id, "a monthly cost");
    }
    ranges.simulation(flow.simulation());
    for (NodeId id : flow.layout().positions().keySet()) {
      unknownReference(id, LAYOUT_UNKNOWN_NODE, "layout." + id, "a layout position");
    }
    ranges.layout(flow.layout());
    return List.copyOf(issues);
  }

  private void node(Node node, int index) {
    String at = SpecText.node(index);
    Integer first = firstIndex.putIfAbsent(node.id(), index);
    if (first != null) {
      add(
          DUPLICATE_ID,
          at + ".id",
          "node id \"" + node.id() + "\" is already used by " + SpecText.node(first),
          node.id());
    }
    ranges.node(node, at);
    if (node instanceof Transform transform) {
      windowRules(transform, at);
    }
    if (!(node instanceof Source)
        && flow.edges().stream().noneMatch(e -> e.to().equals(node.id()))) {
      String what = node instanceof Sink ? "sink" : "transform";
      add(
          NO_INPUT,
          at,
          what + " \"" + node.id() + "\" has no input: draw an edge into it",
          node.id());
    }
  }

  private void windowRules(Transform transform, String at) {
    if (transform.isAggregate() && transform.window().isEmpty()) {
      add(
          AGGREGATE_WITHOUT_WINDOW,
          at,
          "an aggregate needs a window, e.g. window: {type: tumbling, size: 1m}",
          transform.id());
    } else if (!transform.isAggregate() && transform.window().isPresent()) {
      add(
          WINDOW_ON_NON_AGGREGATE,
          at + ".window",
          "a window only applies to op: aggregate (this op is " + transform.op().specName() + ")",
          transform.id());
    }
  }

  private void edge(Edge edge, int index, Map<EdgeKey, Integer> firstEdge) {
    String at = SpecText.edge(index);
    // Both ends are checked (no short circuit) so each unknown one is reported.
    boolean known =
        endpoint(edge.from(), at + ".from", edge) & endpoint(edge.to(), at + ".to", edge);
    if (!known) {
      return;
    }
    if (edge.from().equals(edge.to())) {
      add(
          SELF_LOOP,
          at,
          "\"" + edge.from() + "\" feeds itself: an edge joins two different nodes",
          edge);
      return;
    }
    Integer first = firstEdge.putIfAbsent(edge.key(), index);
    if (first != null) {
      add(
          DUPLICATE_EDGE,
          at,
          "edge "
              + describe(edge.key())
              + " repeats "
              + SpecText.edge(first)
              + ": a pair of nodes has at most one edge",
          edge);
      return;
    }
    if (nodeWith(edge.to()) instanceof Source) {
      add(
          SOURCE_HAS_INPUT,
          at + ".to",
          "source \"" + edge.to() + "\" cannot have inputs: records enter the flow at a source",
          edge);
    }
    if (nodeWith(edge.from()) instanceof Sink) {
      add(
          SINK_HAS_OUTPUT,
          at + ".from",
          "sink \"" + edge.from() + "\" cannot have outputs: records leave the flow at a sink",
          edge);
    }
  }

  private boolean endpoint(NodeId id, String at, Edge edge) {
    if (firstIndex.containsKey(id)) {
      return true;
    }
    add(
        UNKNOWN_NODE,
        at,
        "no node \""
            + id
            + "\" in this flow"
            + SpecText.didYouMean(id.value(), firstIndex.keySet()),
        edge);
    return false;
  }

  /** Self-loops were reported with their edge; here each longer cycle, at its closing edge. */
  private void cycles(Map<EdgeKey, Integer> firstEdge) {
    for (List<NodeId> cycle : FlowGraph.of(flow).cycles()) {
      if (cycle.size() < 2) {
        continue;
      }
      EdgeKey closing = new EdgeKey(cycle.get(cycle.size() - 1), cycle.get(0));
      String at = Optional.ofNullable(firstEdge.get(closing)).map(SpecText::edge).orElse("edges");
      issues.add(Issue.error(CYCLE, at, "cycle: " + FlowGraph.describe(cycle)).about(closing));
    }
  }

  private void unknownReference(NodeId id, String code, String at, String what) {
    if (!firstIndex.containsKey(id)) {
      add(
          code,
          at,
          what
              + " for \""
              + id
              + "\", which is not a node"
              + SpecText.didYouMean(id.value(), firstIndex.keySet()),
          id);
    }
  }

  private Node nodeWith(NodeId id) {
    return flow.nodes().get(firstIndex.get(id));
  }

  private static String describe(EdgeKey key) {
    return key.from() + " → " + key.to();
  }

  private void add(String code, String path, String message, NodeId about) {
    issues.add(Issue.error(code, path, message).about(about));
  }

  private void add(String code, String path, String message, Edge about) {
    issues.add(Issue.error(code, path, message).about(about.key()));
  }
}
