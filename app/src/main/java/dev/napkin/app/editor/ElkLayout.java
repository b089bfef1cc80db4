package dev.napkin.app.editor;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Auto-layout with ELK's layered algorithm (Sugiyama style), left to right. ELK cannot hold single
 * nodes in place, so pinned nodes keep their positions and the others are placed around them: the
 * layout is anchored at the diagram's top-left and nudged down where it would cover a pin.
 */
public final class ElkLayout implements LayoutEngine {
  private static final double MARGIN = 40;
  private static final double GAP = 24;

  private final double nodeWidth;
  private final double nodeHeight;

  public ElkLayout(double nodeWidth, double nodeHeight) {
    this.nodeWidth = nodeWidth;
    this.nodeHeight = nodeHeight;
  }

  @Override
  public Map<NodeId, Point> arrange(Flow flow, Set<NodeId> pinned) {
    Map<NodeId, Point> raw = layered(flow);
    Map<NodeId, Point> result = new LinkedHashMap<>();
    List<Point> pins = new ArrayList<>();
    for (Node node : flow.nodes()) {
      if (pinned.contains(node.id()) && flow.layout().of(node.id()).isPresent()) {
        Point p = flow.layout().of(node.id()).get();
        result.put(node.id(), p);
        pins.add(p);
      }
    }
    double ox = MARGIN;
    double oy = MARGIN;
    if (!pins.isEmpty()) {
      ox = flow.layout().positions().values().stream().mapToDouble(Point::x).min().orElse(MARGIN);
      oy = flow.layout().positions().values().stream().mapToDouble(Point::y).min().orElse(MARGIN);
    }
    for (Node node : flow.nodes()) {
      if (result.containsKey(node.id())) {
        continue;
      }
      Point p = raw.get(node.id());
      Point placed = new Point(Math.round(ox + p.x()), Math.round(oy + p.y()));
      while (covers(placed, pins)) {
        placed = new Point(placed.x(), placed.y() + nodeHeight + GAP);
      }
      result.put(node.id(), placed);
    }
    return result;
  }

  private boolean covers(Point p, List<Point> pins) {
    return pins.stream()
        .anyMatch(
            q ->
                Math.abs(q.x() - p.x()) < nodeWidth + GAP / 2
                    && Math.abs(q.y() - p.y()) < nodeHeight + GAP / 2);
  }

  /** ELK's positions relative to the layout's top-left. */
  private Map<NodeId, Point> layered(Flow flow) {
    ElkNode graph = ElkGraphUtil.createGraph();
    graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 36.0);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 120.0);
    graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 48.0);
    graph.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(0));
    Map<NodeId, ElkNode> nodes = new HashMap<>();
    for (Node node : flow.nodes()) {
      ElkNode n = ElkGraphUtil.createNode(graph);
      n.setDimensions(nodeWidth, nodeHeight);
      nodes.put(node.id(), n);
    }
    for (Edge edge : flow.edges()) {
      ElkNode from = nodes.get(edge.from());
      ElkNode to = nodes.get(edge.to());
      if (from != null && to != null && from != to) {
        ElkGraphUtil.createSimpleEdge(from, to);
      }
    }
    new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
    Map<NodeId, Point> at = new HashMap<>();
    nodes.forEach((id, n) -> at.put(id, new Point(n.getX(), n.getY())));
    return at;
  }
}
