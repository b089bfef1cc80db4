package dev.napkin.app.testing;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.sweep.SweepGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small flow with two sinks and a six-point grid around its own configuration, for sweeps. */
public final class FrontierFlows {
  public static final NodeId ARCHIVE = NodeId.of("archive");

  private FrontierFlows() {}

  /**
   * {@link ResultsFlows#quick()} (batch every 5 min, dashboard p95 ≤ 1 min) with a second sink,
   * archive (p99 ≤ 30 min), also fed by parse.
   */
  public static Flow twoSinks() {
    Flow quick = ResultsFlows.quick();
    List<Node> nodes = new ArrayList<>(quick.nodes());
    nodes.add(
        new Sink(
            ARCHIVE,
            "archive",
            Optional.empty(),
            Duration.ofSeconds(5),
            Sla.of(Duration.ofMinutes(30), 99)));
    List<Edge> edges = new ArrayList<>(quick.edges());
    edges.add(Edge.of("parse", "archive"));
    return quick
        .withNodes(nodes)
        .withEdges(edges)
        .withLayout(quick.layout().with(ARCHIVE, new Point(560, 260)));
  }

  /**
   * Batch at the flow's own 5 min, micro-batch and streaming at their defaults; 1 and 2 workers:
   * six points, the flow's own configuration (batch, 5 min, 1 worker) among them.
   */
  public static SweepGrid grid(Flow flow) {
    Map<String, List<Duration>> knobs = new LinkedHashMap<>();
    knobs.put("batch", List.of(flow.execution().batch().every()));
    knobs.put("micro-batch", List.of(flow.execution().microBatch().every()));
    knobs.put("streaming", List.of(flow.execution().streaming().checkpoint()));
    return new SweepGrid(knobs, List.of(1.0, 2.0));
  }
}
