package dev.napkin.app.editor;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Layout.Point;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * An edge on the canvas: a curve from the output port to the input port, an arrowhead, and the
 * contract as a label. A wide transparent twin of the curve makes it easy to click.
 */
final class EdgeView extends Group {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
  private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
  private static final double HEAD = 9;

  private final EdgeKey key;
  private final CubicCurve hit = new CubicCurve();
  private final CubicCurve curve = new CubicCurve();
  private final Polygon head = new Polygon();
  private Label label;

  EdgeView(Edge edge) {
    this.key = edge.key();
    getStyleClass().add("edge-view");
    hit.getStyleClass().add("edge-hit");
    curve.getStyleClass().add("edge");
    head.getStyleClass().add("edge-head");
    getChildren().addAll(hit, curve, head);
    show(edge);
  }

  EdgeKey key() {
    return key;
  }

  /** Shows the contract as a label; most edges have none, so the label is made only when needed. */
  void show(Edge edge) {
    String text = edge.contract().orElse("");
    if (text.isEmpty()) {
      if (label != null) {
        getChildren().remove(label);
        label = null;
      }
      return;
    }
    if (label == null) {
      label = new Label();
      label.getStyleClass().add("edge-label");
      label.setMouseTransparent(true);
      getChildren().add(label);
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
      label.autosize();
      label.relocate(
          (x1 + x2) / 2 - label.prefWidth(-1) / 2, (y1 + y2) / 2 - label.prefHeight(-1) - 2);
    }
  }

  void setSelected(boolean value) {
    curve.pseudoClassStateChanged(SELECTED, value);
    head.pseudoClassStateChanged(SELECTED, value);
  }

  void setDimmed(boolean value) {
    setOpacity(value ? 0.2 : 1);
  }

  void setProblem(boolean error, boolean warning) {
    curve.pseudoClassStateChanged(ERROR, error);
    curve.pseudoClassStateChanged(WARNING, warning && !error);
  }

  CubicCurve hitArea() {
    return hit;
  }
}
