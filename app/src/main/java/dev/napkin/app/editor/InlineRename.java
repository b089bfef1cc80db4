package dev.napkin.app.editor;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** Renaming a node in place: a text field over the card's title; Enter keeps, Escape drops. */
final class InlineRename {
  private InlineRename() {}

  static void start(NodeView view, EditorViewModel editor, FlowCanvas canvas) {
    if (view.getChildren().stream().anyMatch(TextField.class::isInstance)) {
      return;
    }
    TextField field = new TextField(view.node().name());
    field.getStyleClass().add("rename-field");
    field.setManaged(false);
    field.resizeRelocate(30, 4, NodeView.WIDTH - 36, 24);
    boolean[] done = {false};
    Runnable finish =
        () -> {
          if (!done[0]) {
            done[0] = true;
            view.getChildren().remove(field);
            canvas.requestFocus();
          }
        };
    field.setOnAction(
        e -> {
          if (!done[0]) {
            editor.rename(view.id(), field.getText());
          }
          finish.run();
        });
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            finish.run();
            e.consume();
          }
        });
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused && !done[0]) {
                editor.rename(view.id(), field.getText());
                finish.run();
              }
            });
    view.getChildren().add(field);
    field.requestFocus();
    field.selectAll();
  }
}
