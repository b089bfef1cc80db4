package dev.napkin.app.editor;

import dev.napkin.app.palette.PaletteDrag;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.scene.Group;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * Gestures on empty canvas: drag to pan, shift-drag for a rubber band, click to clear the
 * selection, scroll to pan, Ctrl+wheel or pinch to zoom at the cursor, drops from the palette, and
 * the canvas's own keys (arrows nudge, F2 renames, Escape clears).
 */
final class BackgroundGestures {
  private static final double CLICK_SLOP = 3;
  private static final double WHEEL_ZOOM = 1.0015;

  private final FlowCanvas canvas;
  private final EditorViewModel editor;
  private final Pane overlay;
  private final PaletteDrag palette;
  private final Group ghostLayer;
  private final Rectangle ghost = new Rectangle(NodeView.WIDTH, NodeView.HEIGHT);
  private final Rectangle band = new Rectangle();
  private double pressX;
  private double pressY;
  private double lastX;
  private double lastY;
  private boolean moved;
  private boolean banding;

  /** True between a press on empty canvas and its release; presses on cards and edges never are. */
  private boolean active;

  private Set<NodeId> bandBase = Set.of();

  BackgroundGestures(
      FlowCanvas canvas,
      EditorViewModel editor,
      Pane overlay,
      PaletteDrag palette,
      Group ghostLayer) {
    this.canvas = canvas;
    this.editor = editor;
    this.overlay = overlay;
    this.palette = palette;
    this.ghostLayer = ghostLayer;
    ghost.getStyleClass().add("drop-ghost");
    ghost.setArcWidth(16);
    ghost.setArcHeight(16);
    band.getStyleClass().add("rubber-band");
    band.setManaged(false);
    band.setMouseTransparent(true);
  }

  void install() {
    canvas.setOnMousePressed(this::pressed);
    canvas.setOnMouseDragged(this::dragged);
    canvas.setOnMouseReleased(this::released);
    canvas.setOnScroll(this::scrolled);
    canvas.setOnZoom(this::zoomed);
    canvas.setOnMouseDragOver(this::paletteOver);
    canvas.setOnMouseDragExited(e -> ghostLayer.getChildren().remove(ghost));
    canvas.setOnMouseDragReleased(this::paletteDropped);
    canvas.setOnKeyPressed(this::keyPressed);
  }

  private void pressed(MouseEvent e) {
    canvas.requestFocus();
    active = true;
    pressX = lastX = e.getX();
    pressY = lastY = e.getY();
    moved = false;
    banding = e.getButton() == MouseButton.PRIMARY && e.isShiftDown();
    if (banding) {
      bandBase = Set.copyOf(editor.selection().nodes());
      band.setX(pressX);
      band.setY(pressY);
      band.setWidth(0);
      band.setHeight(0);
      overlay.getChildren().add(band);
    }
  }

  private void dragged(MouseEvent e) {
    if (!active) {
      return;
    }
    if (Math.hypot(e.getX() - pressX, e.getY() - pressY) >= CLICK_SLOP) {
      moved = true;
    }
    if (banding) {
      band.setX(Math.min(pressX, e.getX()));
      band.setY(Math.min(pressY, e.getY()));
      band.setWidth(Math.abs(e.getX() - pressX));
      band.setHeight(Math.abs(e.getY() - pressY));
      Point a = canvas.viewport().toWorld(band.getX(), band.getY());
      Point b =
          canvas.viewport().toWorld(band.getX() + band.getWidth(), band.getY() + band.getHeight());
      Set<NodeId> hits = new HashSet<>(bandBase);
      hits.addAll(canvas.nodesIn(new BoundingBox(a.x(), a.y(), b.x() - a.x(), b.y() - a.y())));
      editor.selection().set(hits, Set.of());
    } else {
      canvas.viewport().panBy(e.getX() - lastX, e.getY() - lastY);
    }
    lastX = e.getX();
    lastY = e.getY();
  }

  private void released(MouseEvent e) {
    if (!active) {
      return;
    }
    active = false;
    if (banding) {
      overlay.getChildren().remove(band);
      banding = false;
    } else if (!moved && e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()) {
      editor.selection().clear();
    }
  }

  private void scrolled(ScrollEvent e) {
    if (e.isShortcutDown()) {
      canvas.viewport().zoomAt(Math.pow(WHEEL_ZOOM, e.getDeltaY()), e.getX(), e.getY());
    } else {
      canvas.viewport().panBy(e.getDeltaX(), e.getDeltaY());
    }
    e.consume();
  }

  private void zoomed(ZoomEvent e) {
    canvas.viewport().zoomAt(e.getZoomFactor(), e.getX(), e.getY());
    e.consume();
  }

  /** A palette item dragged over the canvas: a ghost card shows where it would land. */
  private void paletteOver(MouseDragEvent e) {
    if (palette.dragged().isEmpty()) {
      return;
    }
    Point at = dropPoint(e.getX(), e.getY());
    ghost.setX(at.x());
    ghost.setY(at.y());
    if (!ghostLayer.getChildren().contains(ghost)) {
      ghostLayer.getChildren().add(ghost);
    }
    e.consume();
  }

  private void paletteDropped(MouseDragEvent e) {
    ghostLayer.getChildren().remove(ghost);
    Optional<Node> prototype = palette.dragged();
    palette.end();
    prototype.ifPresent(
        node -> {
          editor.add(node, dropPoint(e.getX(), e.getY()));
          canvas.requestFocus();
        });
    e.consume();
  }

  /** The card's top-left when the cursor holds it by its middle. */
  private Point dropPoint(double x, double y) {
    Point at = canvas.viewport().toWorld(x, y);
    return new Point(at.x() - NodeView.WIDTH / 2, at.y() - NodeView.HEIGHT / 2);
  }

  private void keyPressed(KeyEvent e) {
    double step = e.isShiftDown() ? EditorViewModel.GRID : 1;
    switch (e.getCode()) {
      case LEFT -> editor.nudge(-step, 0);
      case RIGHT -> editor.nudge(step, 0);
      case UP -> editor.nudge(0, -step);
      case DOWN -> editor.nudge(0, step);
      case BACK_SPACE -> editor.deleteSelection();
      case L -> {
        if (!e.isShortcutDown() && !e.isAltDown()) {
          editor.autoLayout();
          canvas.fitToView();
        }
      }
      case P -> editor.togglePinSelection();
      case ESCAPE -> editor.selection().clear();
      default -> {
        return;
      }
    }
    e.consume();
  }
}
