package dev.napkin.app.editor;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Layout.Point;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * An edge on the canvas: a curve from the output port to the input port, an arrowhead, and the
 * contract as a label. A wide transparent twin of the curve makes it easy to click. Its shapes sit
 * in the canvas's edge layer directly, with no group of their own: a thousand edges are then three
 * thousand styled nodes, not four.
 */
final class EdgeView {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
  private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
  private static final double HEAD = 9;

  private final EdgeKey key;
  private final Group layer;
  private final CubicCurve hit = new CubicCurve();
  private final CubicCurve curve = new CubicCurve();
  private final Polygon head = new Polygon();
  private Tag label;
  private Optional<String> contract = Optional.empty();
  private Optional<Tooltip> tip = Optional.empty();

  /** An edge whose shapes go into {@code layer} (the caller adds {@link #shapes()} at first). */
  EdgeView(Edge edge, Group layer) {
    this.key = edge.key();
    this.layer = layer;
    hit.getStyleClass().add("edge-hit");
    curve.getStyleClass().add("edge");
    head.getStyleClass().add("edge-head");
    // The visible parts do not take the mouse: the wide twin below them does.
    curve.setMouseTransparent(true);
    head.setMouseTransparent(true);
    show(edge);
  }

  /** The edge's shapes: the caller adds them to the layer when it appears, removes them after. */
  List<Node> shapes() {
    return label == null ? List.of(hit, curve, head) : List.of(hit, curve, head, label);
  }

  EdgeKey key() {
    return key;
  }

  /** Shows the contract as a label; most edges have none, so the label is made only when needed. */
  void show(Edge edge) {
    if (!edge.contract().equals(contract)) {
      tip.ifPresent(t -> Tooltip.uninstall(hit, t));
      tip = edge.contract().map(c -> new Tooltip("Contract " + c));
      tip.ifPresent(t -> Tooltip.install(hit, t));
    }
    contract = edge.contract();
    String text = edge.contract().orElse("");
    if (text.isEmpty()) {
      if (label != null) {
        layer.getChildren().remove(label);
        label = null;
      }
      return;
    }
    if (label == null) {
      label = new Tag(NodeView.BADGE_FONT, "edge-label");
      if (hit.getParent() == layer) {
        layer.getChildren().add(label);
      }
    }
    label.setText(text);
  }

  /** Routes the curve between the two cards' ports (top-left corners given). */
  void route(Point fromCard, Point toCard) {
    double x1 = fromCard.x() + NodeView.WIDTH;
    double y1 = fromCard.y() + NodeView.HEIGHT / 2;
    double x2 = toCard.x();
    double y2 = toCard.y() + NodeView.HEIGHT / 2;
    Curves.place(curve, x1, y1, x2 - HEAD + 1, y2);
    Curves.place(hit, x1, y1, x2, y2);
    head.getPoints().setAll(x2, y2, x2 - HEAD, y2 - HEAD / 1.8, x2 - HEAD, y2 + HEAD / 1.8);
    if (label != null) {
      // Cut to the room between the cards; the whole contract is in the edge's tooltip.
      String full = contract.orElse("");
      label.setText(Tag.fit(full, NodeView.BADGE_FONT, Math.max(x2 - x1 - 28, 40)));
      // On the curve's middle (a cubic's point at t = ½), with a background that hides the line.
      label.placeCenteredAt(
          (x1 + 3 * curve.getControlX1() + 3 * curve.getControlX2() + x2) / 8,
          (y1 + 3 * curve.getControlY1() + 3 * curve.getControlY2() + y2) / 8);
    }
  }

  void setSelected(boolean value) {
    curve.pseudoClassStateChanged(SELECTED, value);
    head.pseudoClassStateChanged(SELECTED, value);
  }

  /** Dims the visible parts one by one: opacity on the group would render it off-screen first. */
  void setDimmed(boolean value) {
    double opacity = value ? 0.2 : 1;
    curve.setOpacity(opacity);
    head.setOpacity(opacity);
    if (label != null) {
      label.setOpacity(opacity);
    }
  }

  void setProblem(boolean error, boolean warning) {
    curve.pseudoClassStateChanged(ERROR, error);
    curve.pseudoClassStateChanged(WARNING, warning && !error);
  }

  CubicCurve hitArea() {
    return hit;
  }
}
