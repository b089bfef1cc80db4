package dev.napkin.app.editor;

import dev.napkin.model.flow.NodeId;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Clicking, shift-clicking and dragging node cards; clicking edges; the cards' context menu. A drag
 * is one gesture: every step goes to the editor under the same gesture number, so the whole drag
 * undoes at once.
 */
final class NodeGestures {
  private static final double CLICK_SLOP = 3;

  private final FlowCanvas canvas;
  private final EditorViewModel editor;
  private long gesture;
  private double pressX;
  private double pressY;
  private boolean moved;
  private boolean toggled;

  NodeGestures(FlowCanvas canvas, EditorViewModel editor) {
    this.canvas = canvas;
    this.editor = editor;
  }

  void install(NodeView view) {
    view.setOnMousePressed(e -> pressed(view.id(), e));
    view.setOnMouseDragged(this::dragged);
    view.setOnMouseReleased(e -> released(view.id(), e));
    view.setOnContextMenuRequested(
        e -> {
          if (!editor.selection().contains(view.id())) {
            editor.selection().selectOnly(view.id());
          }
          menu(view.id()).show(view, e.getScreenX(), e.getScreenY());
          e.consume();
        });
    view.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY
              && e.getClickCount() == 2
              && view.onTitle(e.getY())) {
            canvas.startRename(view.id());
            e.consume();
          }
        });
  }

  void installEdge(EdgeView view) {
    view.hitArea()
        .setOnMousePressed(
            e -> {
              canvas.requestFocus();
              if (e.isShiftDown() || e.isShortcutDown()) {
                editor.selection().toggle(view.key());
              } else {
                editor.selection().selectOnly(view.key());
              }
              e.consume();
            });
  }

  private void pressed(NodeId id, MouseEvent e) {
    canvas.requestFocus();
    e.consume();
    if (e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    toggled = false;
    if (e.isShiftDown() || e.isShortcutDown()) {
      editor.selection().toggle(id);
      toggled = true;
    } else if (!editor.selection().contains(id)) {
      editor.selection().selectOnly(id);
    }
    pressX = e.getSceneX();
    pressY = e.getSceneY();
    moved = false;
    gesture = editor.selection().contains(id) ? editor.beginMove() : 0;
  }

  private void dragged(MouseEvent e) {
    e.consume();
    if (gesture == 0 || e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    double dx = e.getSceneX() - pressX;
    double dy = e.getSceneY() - pressY;
    if (!moved && Math.hypot(dx, dy) < CLICK_SLOP) {
      return;
    }
    moved = true;
    double scale = canvas.viewport().scale();
    editor.moveTo(gesture, dx / scale, dy / scale);
  }

  private void released(NodeId id, MouseEvent e) {
    e.consume();
    if (e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    editor.endMove();
    gesture = 0;
    if (!moved && !toggled && editor.selection().nodes().size() > 1) {
      editor.selection().selectOnly(id);
    }
  }

  private ContextMenu menu(NodeId id) {
    MenuItem rename = new MenuItem("Rename");
    rename.setOnAction(e -> canvas.startRename(id));
    MenuItem pin = new MenuItem(editor.pinned().contains(id) ? "Unpin position" : "Pin position");
    pin.setOnAction(e -> editor.togglePinSelection());
    MenuItem duplicate = new MenuItem("Duplicate");
    duplicate.setOnAction(e -> editor.duplicate());
    MenuItem copy = new MenuItem("Copy");
    copy.setOnAction(e -> editor.copy());
    MenuItem delete = new MenuItem("Delete");
    delete.setOnAction(e -> editor.deleteSelection());
    return new ContextMenu(
        rename, pin, new SeparatorMenuItem(), copy, duplicate, new SeparatorMenuItem(), delete);
  }
}
