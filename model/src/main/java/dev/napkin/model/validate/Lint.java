package dev.napkin.model.validate;

import static dev.napkin.model.validate.IssueCodes.DEAD_END;
import static dev.napkin.model.validate.IssueCodes.LAMBDA;
import static dev.napkin.model.validate.IssueCodes.NO_ALLOWED_LATENESS;
import static dev.napkin.model.validate.IssueCodes.NO_CONTRACT;
import static dev.napkin.model.validate.IssueCodes.ORPHAN;
import static dev.napkin.model.validate.IssueCodes.PERCENTILE_BELOW_ONE;
import static dev.napkin.model.validate.IssueCodes.SHORT_HORIZON;
import static dev.napkin.model.validate.IssueCodes.SINK_WITHOUT_SLA;
import static dev.napkin.model.validate.IssueCodes.STREAMING_FOR_HOURS_SLA;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.lineage.FlowGraph;
import dev.napkin.model.unit.Duration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warnings about a flow's design (PRODUCT.md's anti-patterns and SPEC.md's lint rules). Meant for a
 * flow without errors, but never throws on any flow. Each message says in one sentence why it
 * matters. One warning per node, edge or setting that breaks a rule, in document order: {@code
 * defaults}, then each node (its warnings in the order of {@link IssueCodes}), then each edge, then
 * {@code simulation}.
 */
public final class Lint {
  private static final Duration HOURS = Duration.ofHours(1);

  private final Flow flow;
  private final FlowGraph graph;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<NodeId, Set<NodeId>> downstream = new HashMap<>();

  private Lint(Flow flow) {
    this.flow = flow;
    this.graph = FlowGraph.of(flow);
  }

  public static List<Issue> check(Flow flow) {
    return new Lint(flow).run();
  }

  private List<Issue> run() {
    percentileBelowOne(flow.defaultSla(), "defaults.sla", Optional.empty());
    for (int i = 0; i < flow.nodes().size(); i++) {
      Node node = flow.nodes().get(i);
      String at = SpecText.node(i);
      deadEndOrOrphan(node, at);
      if (node instanceof Transform transform) {
        streamingForHoursSla(transform, at);
        noAllowedLateness(transform, at);
      } else if (node instanceof Sink sink) {
        sinkWithoutSla(sink, at);
        percentileBelowOne(sink.sla(), at + ".sla", Optional.of(sink.id()));
        lambda(sink, at);
      }
    }
    for (int j = 0; j < flow.edges().size(); j++) {
      noContract(flow.edges().get(j), SpecText.edge(j));
    }
    shortHorizon();
    return List.copyOf(issues);
  }

  private void deadEndOrOrphan(Node node, String at) {
    boolean connected =
        flow.edges().stream().anyMatch(e -> e.from().equals(node.id()) || e.to().equals(node.id()));
    if (!connected) {
      warn(
          ORPHAN,
          at,
          "\"" + node.id() + "\" has no edges: it takes no part in the flow or in any run",
          node.id());
    } else if (!(node instanceof Sink) && sinksDownstream(node.id()).isEmpty()) {
      warn(
          DEAD_END,
          at,
          "\"" + node.id() + "\" feeds no sink: its work is paid for but nobody sees the result",
          node.id());
    }
  }

  /** Streaming where every consumer accepts hours pays for freshness nobody asked for. */
  private void streamingForHoursSla(Transform transform, String at) {
    if (flow.designedMode(transform) != ExecutionMode.STREAMING) {
      return;
    }
    List<Sink> sinks = sinksDownstream(transform.id());
    boolean allHours =
        !sinks.isEmpty()
            && sinks.stream()
                .allMatch(
                    s ->
                        flow.effectiveSla(s)
                            .latency()
                            .filter(l -> l.compareTo(HOURS) >= 0)
                            .isPresent());
    if (allHours) {
      String targets =
          sinks.stream()
              .map(s -> s.id() + " " + flow.effectiveSla(s).latency().orElseThrow())
              .collect(Collectors.joining(", "));
      warn(
          STREAMING_FOR_HOURS_SLA,
          transform.mode().isPresent() ? at + ".mode" : at,
          "\""
              + transform.id()
              + "\" runs in streaming although every sink it feeds allows hours ("
              + targets
              + "): batch would meet that SLA for less money and far less operational work",
          transform.id());
    }
  }

  /** Windows that close at once under heavy late data drop records and publish partial results. */
  private void noAllowedLateness(Transform transform, String at) {
    if (!transform.isAggregate()
        || transform.window().filter(w -> w.allowedLateness().isZero()).isEmpty()
        || !graph.contains(transform.id())) {
      return;
    }
    graph.upstream(transform.id()).stream()
        .map(graph::node)
        .filter(Source.class::isInstance)
        .map(Source.class::cast)
        .filter(s -> s.lateness().filter(d -> d.heavyTailed()).isPresent())
        .findFirst()
        .ifPresent(
            source ->
                warn(
                    NO_ALLOWED_LATENESS,
                    at + ".window",
                    "\""
                        + transform.id()
                        + "\" allows no lateness, but source \""
                        + source.id()
                        + "\" has heavy-tailed lateness (p99 at least 10× the median, or a Pareto"
                        + " part): late records will be dropped and results left incomplete",
                    transform.id()));
  }

  private void sinkWithoutSla(Sink sink, String at) {
    if (!flow.effectiveSla(sink).hasTarget()) {
      warn(
          SINK_WITHOUT_SLA,
          at,
          "sink \""
              + sink.id()
              + "\" has no SLA (no latency or completeness target, here or in defaults.sla):"
              + " nothing says how fresh its data must be, so no run can tell if a mode is"
              + " good enough",
          sink.id());
    }
  }

  private void percentileBelowOne(Sla sla, String at, Optional<NodeId> about) {
    sla.percentile()
        .filter(p -> p > 0 && p < 1)
        .ifPresent(
            p -> {
              String meant = SpecText.number(BigDecimal.valueOf(p).movePointRight(2).doubleValue());
              Issue issue =
                  Issue.warning(
                      PERCENTILE_BELOW_ONE,
                      at + ".percentile",
                      "percentile "
                          + SpecText.number(p)
                          + " is below 1 on a 0 to 100 scale, so almost no record has to meet"
                          + " the latency; did you mean "
                          + meant
                          + "?");
              issues.add(about.map(issue::about).orElse(issue));
            });
  }

  /**
   * Two transforms of different designed modes on parallel branches (neither feeds the other)
   * between one source and this sink: a batch and a speed layer computing one result. One warning
   * per sink, naming the first such source and pair in document order.
   */
  private void lambda(Sink sink, String at) {
    if (!graph.contains(sink.id())) {
      return;
    }
    Set<NodeId> feeding = graph.upstream(sink.id());
    for (NodeId source : feeding) {
      if (!(graph.node(source) instanceof Source)) {
        continue;
      }
      List<Transform> between =
          downstreamOf(source).stream()
              .filter(feeding::contains)
              .map(graph::node)
              .filter(Transform.class::isInstance)
              .map(Transform.class::cast)
              .toList();
      for (int i = 0; i < between.size(); i++) {
        for (int j = i + 1; j < between.size(); j++) {
          if (parallelLayers(between.get(i), between.get(j))) {
            warnLambda(sink, at, source, between.get(i), between.get(j));
            return;
          }
        }
      }
    }
  }

  private boolean parallelLayers(Transform a, Transform b) {
    return flow.designedMode(a) != flow.designedMode(b)
        && !downstreamOf(a.id()).contains(b.id())
        && !downstreamOf(b.id()).contains(a.id());
  }

  private void warnLambda(Sink sink, String at, NodeId source, Transform a, Transform b) {
    warn(
        LAMBDA,
        at,
        "sink \""
            + sink.id()
            + "\" gets source \""
            + source
            + "\" through both \""
            + a.id()
            + "\" ("
            + flow.designedMode(a).specName()
            + ") and \""
            + b.id()
            + "\" ("
            + flow.designedMode(b).specName()
            + "): two parallel implementations of one result (Lambda) must be kept in step"
            + " and tend to drift apart",
        sink.id());
  }

  private void noContract(Edge edge, String at) {
    if (edge.contract().filter(c -> !c.isBlank()).isEmpty()) {
      issues.add(
          Issue.warning(
                  NO_CONTRACT,
                  at,
                  "edge "
                      + edge.from()
                      + " → "
                      + edge.to()
                      + " has no schema contract: a schema change upstream would go unnoticed"
                      + " until it breaks a consumer")
              .about(edge.key()));
    }
  }

  /** Fewer than two batch runs cannot show batch latency. */
  private void shortHorizon() {
    Duration horizon = flow.simulation().horizon();
    Duration every = flow.execution().batch().every();
    if (horizon.nanos() - every.nanos() < every.nanos()) {
      issues.add(
          Issue.warning(
              SHORT_HORIZON,
              "simulation.horizon",
              "horizon "
                  + horizon
                  + " is shorter than two batch periods (every "
                  + every
                  + "): batch would be judged on one run or none, too few to trust its latency"));
    }
  }

  private List<Sink> sinksDownstream(NodeId id) {
    if (!graph.contains(id)) {
      return List.of();
    }
    return downstreamOf(id).stream()
        .map(graph::node)
        .filter(Sink.class::isInstance)
        .map(Sink.class::cast)
        .toList();
  }

  private Set<NodeId> downstreamOf(NodeId id) {
    return downstream.computeIfAbsent(id, graph::downstream);
  }

  private void warn(String code, String path, String message, NodeId about) {
    issues.add(Issue.warning(code, path, message).about(about));
  }
}
