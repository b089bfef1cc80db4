package dev.napkin.app.editor;

import dev.napkin.app.files.DocumentController;
import dev.napkin.app.problems.ProblemsViewModel;
import dev.napkin.app.tasks.ProgressSlot;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The status bar: the last message, the progress of background work (with Cancel), node and edge
 * counts, validity and zoom.
 */
final class StatusLine {
  private StatusLine() {}

  static StatusBar build(
      EditorViewModel editor,
      ProblemsViewModel problems,
      DocumentController docs,
      FlowCanvas canvas,
      ProgressSlot progress) {
    StatusBar bar = new StatusBar();
    bar.getStyleClass().add("status-line");
    bar.textProperty().bind(docs.messageProperty());
    Label counts = new Label();
    counts.setId("status-counts");
    counts
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  var flow = editor.flow();
                  int selected = editor.selection().nodes().size();
                  return plural(flow.nodes().size(), "node")
                      + " · "
                      + plural(flow.edges().size(), "edge")
                      + (selected > 0 ? " · " + selected + " selected" : "");
                },
                editor.document().flowProperty(),
                editor.selection().versionProperty()));
    Label validity = new Label();
    validity.setId("status-validity");
    validity
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  int errors = problems.errorsProperty().get();
                  int warnings = problems.warningsProperty().get();
                  if (errors == 0) {
                    return warnings == 0 ? "valid" : "valid · " + plural(warnings, "warning");
                  }
                  return plural(errors, "error")
                      + (warnings == 0 ? "" : " · " + plural(warnings, "warning"));
                },
                problems.errorsProperty(),
                problems.warningsProperty()));
    validity
        .graphicProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> {
                  FontIcon icon =
                      problems.errorsProperty().get() > 0
                          ? new FontIcon(MaterialDesignC.CLOSE_CIRCLE)
                          : new FontIcon(MaterialDesignC.CHECK_CIRCLE);
                  icon.getStyleClass()
                      .add(problems.errorsProperty().get() > 0 ? "issue-error" : "status-ok");
                  return icon;
                },
                problems.errorsProperty()));
    Button zoom = new Button();
    zoom.setId("status-zoom");
    zoom.getStyleClass().addAll("flat", "status-zoom");
    zoom.setTooltip(new Tooltip("Zoom: click for 100 %"));
    zoom.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> Math.round(canvas.viewport().scale() * 100) + " %",
                canvas.viewport().scaleProperty()));
    zoom.setOnAction(e -> canvas.zoomToActualSize());
    zoom.setFocusTraversable(false);
    bar.getRightItems().addAll(progress, counts, separator(), validity, separator(), zoom);
    return bar;
  }

  private static Separator separator() {
    Separator s = new Separator(Orientation.VERTICAL);
    s.getStyleClass().add("status-separator");
    return s;
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
