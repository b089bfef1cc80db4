package dev.napkin.app.editor;

import dev.napkin.model.flow.Node;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

/** Ctrl+F: a small field over the canvas that finds a node by name or id and selects it. */
final class FindNode {
  private FindNode() {}

  static void show(Window owner, EditorViewModel editor, FlowCanvas canvas) {
    TextField field = new TextField();
    field.setPromptText("Find a node by name or id");
    field.setPrefColumnCount(24);
    field.getStyleClass().add("find-node");
    List<String> names = editor.flow().nodes().stream().map(n -> label(n)).sorted().toList();
    TextFields.bindAutoCompletion(field, names)
        .setOnAutoCompleted(e -> field.fireEvent(new javafx.event.ActionEvent()));
    Popup popup = new Popup();
    popup.setAutoHide(true);
    popup.getContent().add(field);
    field.setOnAction(
        e -> {
          find(editor, field.getText())
              .ifPresent(
                  node -> {
                    editor.selection().selectOnly(node.id());
                    canvas.centerOn(node.id());
                  });
          popup.hide();
          canvas.requestFocus();
        });
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            popup.hide();
          }
        });
    var corner = canvas.localToScreen(canvas.getWidth() / 2 - 150, 16);
    popup.show(owner, corner.getX(), corner.getY());
    field.requestFocus();
  }

  /** "Click events (clicks)", or the id alone when the name is the id. */
  static String label(Node node) {
    return node.name().equals(node.id().value())
        ? node.id().value()
        : node.name() + " (" + node.id() + ")";
  }

  /** The node whose label, name or id matches the text; else the first whose label contains it. */
  static Optional<Node> find(EditorViewModel editor, String text) {
    String q = text.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    List<Node> nodes = editor.flow().nodes();
    return nodes.stream()
        .filter(
            n ->
                label(n).toLowerCase(Locale.ROOT).equals(q)
                    || n.name().toLowerCase(Locale.ROOT).equals(q)
                    || n.id().value().equals(q))
        .findFirst()
        .or(
            () ->
                nodes.stream()
                    .filter(n -> label(n).toLowerCase(Locale.ROOT).contains(q))
                    .findFirst());
  }
}
