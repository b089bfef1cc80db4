package dev.napkin.app.editor;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * A read-only drawing of a flow: node cards at their layout positions (or a simple left-to-right
 * placement when a node has none), edges as curves with arrowheads and contract labels.
 */
public final class FlowDiagram extends Pane {
  private static final double MARGIN = 40;

  public FlowDiagram() {
    getStyleClass().add("flow-diagram");
  }

  public void show(Flow flow) {
    getChildren().clear();
    Map<NodeId, Point> at = positions(flow);
    Group edges = new Group();
    for (Edge edge : flow.edges()) {
      Point from = at.get(edge.from());
      Point to = at.get(edge.to());
      if (from != null && to != null) {
        edges.getChildren().add(edgeShape(edge, from, to));
      }
    }
    getChildren().add(edges);
    for (Node node : flow.nodes()) {
      NodeCard card = new NodeCard(node, NodeSummary.keyFigure(flow, node));
      Point p = at.get(node.id());
      card.relocate(p.x(), p.y());
      getChildren().add(card);
    }
  }

  private static Map<NodeId, Point> positions(Flow flow) {
    Map<NodeId, Point> at = new HashMap<>();
    int placed = 0;
    for (Node node : flow.nodes()) {
      Point p = flow.layout().of(node.id()).orElse(null);
      if (p == null) {
        p = new Point(MARGIN + 260 * (placed % 5), MARGIN + 140 * (placed / 5));
      }
      placed++;
      at.putIfAbsent(node.id(), p);
    }
    return at;
  }

  private static Group edgeShape(Edge edge, Point from, Point to) {
    double x1 = from.x() + NodeCard.WIDTH;
    double y1 = from.y() + NodeCard.HEIGHT / 2;
    double x2 = to.x();
    double y2 = to.y() + NodeCard.HEIGHT / 2;
    double bend = Math.max(40, Math.abs(x2 - x1) / 2);
    CubicCurve curve = new CubicCurve(x1, y1, x1 + bend, y1, x2 - bend, y2, x2 - 8, y2);
    curve.getStyleClass().add("edge");
    Polygon head = new Polygon(x2, y2, x2 - 9, y2 - 5, x2 - 9, y2 + 5);
    head.getStyleClass().add("edge-head");
    Group group = new Group(curve, head);
    edge.contract()
        .ifPresent(
            contract -> {
              Label label = new Label(contract);
              label.getStyleClass().add("edge-label");
              label.relocate((x1 + x2) / 2 - 20, (y1 + y2) / 2 - 20);
              group.getChildren().add(label);
            });
    return group;
  }
}
