package dev.napkin.app.editor;

import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.NodeId;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.CubicCurve;

/**
 * Drawing an edge: drag from a node's output port onto another node. While dragging, the node under
 * the cursor lights up as a good or a refused target, and a refusal shows its reason.
 */
final class ConnectGesture {
  private final FlowCanvas canvas;
  private final EditorViewModel editor;
  private final Group layer;
  private final CubicCurve preview = new CubicCurve();
  private final Label reason = new Label();
  private Optional<NodeId> from = Optional.empty();
  private Optional<NodeView> target = Optional.empty();

  ConnectGesture(FlowCanvas canvas, EditorViewModel editor, Group layer) {
    this.canvas = canvas;
    this.editor = editor;
    this.layer = layer;
    preview.getStyleClass().add("edge-preview");
    reason.getStyleClass().add("connect-reason");
  }

  void install(NodeView view) {
    view.outputPort()
        .ifPresent(
            port -> {
              port.setOnMousePressed(e -> pressed(view, e));
              port.setOnMouseDragged(this::dragged);
              port.setOnMouseReleased(this::released);
            });
  }

  private void pressed(NodeView view, MouseEvent e) {
    e.consume();
    if (e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    canvas.requestFocus();
    from = Optional.of(view.id());
    Point start = port(view.id());
    Curves.place(preview, start.x(), start.y(), start.x(), start.y());
    layer.getChildren().setAll(preview);
  }

  private void dragged(MouseEvent e) {
    e.consume();
    if (from.isEmpty()) {
      return;
    }
    Point start = port(from.get());
    Point at = canvas.toWorld(e.getSceneX(), e.getSceneY());
    Curves.place(preview, start.x(), start.y(), at.x(), at.y());
    Optional<NodeId> over = canvas.nodeAt(at).filter(id -> !id.equals(from.get()));
    target.ifPresent(v -> v.setTarget(false, false));
    target = over.map(canvas::nodeView);
    if (over.isEmpty()) {
      layer.getChildren().setAll(preview);
      return;
    }
    Optional<String> refusal = ConnectionRules.refusal(editor.flow(), from.get(), over.get());
    target.ifPresent(v -> v.setTarget(true, refusal.isEmpty()));
    if (refusal.isPresent()) {
      reason.setText(refusal.get());
      reason.relocate(at.x() + 14, at.y() + 14);
      layer.getChildren().setAll(preview, reason);
    } else {
      layer.getChildren().setAll(preview);
    }
  }

  private void released(MouseEvent e) {
    e.consume();
    if (from.isEmpty()) {
      return;
    }
    Point at = canvas.toWorld(e.getSceneX(), e.getSceneY());
    Optional<NodeId> over = canvas.nodeAt(at).filter(id -> !id.equals(from.get()));
    NodeId source = from.get();
    from = Optional.empty();
    target.ifPresent(v -> v.setTarget(false, false));
    target = Optional.empty();
    layer.getChildren().clear();
    over.ifPresent(to -> editor.connect(source, to));
  }

  private Point port(NodeId id) {
    Point p = editor.positionOf(id);
    return new Point(p.x() + NodeView.WIDTH, p.y() + NodeView.HEIGHT / 2);
  }
}
