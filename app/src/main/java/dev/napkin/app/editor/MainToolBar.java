package dev.napkin.app.editor;

import dev.napkin.app.command.ChangeFlowSettings;
import dev.napkin.app.command.FlowSettings;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.unit.Decimals;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.UnitException;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The toolbar: files, undo/redo, layout and zoom, the flow's default SLA, simulate, snap and theme.
 */
final class MainToolBar {
  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  private MainToolBar() {}

  static ToolBar build(WindowActions actions, javafx.scene.Node simulate) {
    var docs = actions.documents();
    EditorViewModel editor = actions.editor();
    FlowCanvas canvas = actions.canvas();
    Button undo = button(MaterialDesignU.UNDO, "Undo (Ctrl+Z)", editor::undo);
    undo.disableProperty().bind(actions.canUndoProperty().not());
    undo.tooltipProperty().get().textProperty().bind(actions.undoLabelProperty());
    Button redo = button(MaterialDesignR.REDO, "Redo (Ctrl+Shift+Z)", editor::redo);
    redo.disableProperty().bind(actions.canRedoProperty().not());
    redo.tooltipProperty().get().textProperty().bind(actions.redoLabelProperty());
    ToggleButton snap = toggle(MaterialDesignG.GRID, "Snap to grid");
    snap.selectedProperty().bindBidirectional(actions.snapToGridProperty());
    ToggleButton dark = toggle(MaterialDesignW.WEATHER_NIGHT, "Dark theme");
    dark.selectedProperty().bindBidirectional(actions.darkThemeProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    ToolBar bar =
        new ToolBar(
            button(MaterialDesignF.FILE_OUTLINE, "New (Ctrl+N)", docs::newFlow),
            button(MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open (Ctrl+O)", docs::open),
            button(MaterialDesignC.CONTENT_SAVE_OUTLINE, "Save (Ctrl+S)", docs::save),
            new Separator(Orientation.VERTICAL),
            undo,
            redo,
            new Separator(Orientation.VERTICAL),
            labeled(
                button(
                    MaterialDesignS.SITEMAP_OUTLINE,
                    "Auto-layout left to right (L)",
                    actions::autoLayout),
                "Layout"),
            labeled(
                button(
                    MaterialDesignF.FIT_TO_SCREEN_OUTLINE,
                    "Fit to view (Ctrl+0)",
                    canvas::fitToView),
                "Fit"),
            button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (Ctrl+-)", canvas::zoomOut),
            button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (Ctrl+=)", canvas::zoomIn),
            snap,
            new Separator(Orientation.VERTICAL),
            defaultSla(editor),
            new Separator(Orientation.VERTICAL),
            simulate,
            spacer,
            dark);
    bar.getStyleClass().add("main-toolbar");
    return bar;
  }

  /** "default SLA p95 ≤ [5m]": the flow's default latency target, edited in place. */
  private static HBox defaultSla(EditorViewModel editor) {
    Label label = new Label();
    label.getStyleClass().add("toolbar-label");
    TextField latency = new TextField();
    latency.setId("default-sla");
    latency.setPrefColumnCount(4);
    latency.setPromptText("none");
    latency.setTooltip(
        new Tooltip("Latency target for sinks that set none, e.g. 5m (blank: none)"));
    Runnable show =
        () -> {
          Sla sla = editor.flow().defaultSla();
          label.setText(
              "default SLA p"
                  + Decimals.format(BigDecimal.valueOf(sla.percentileOrDefault()))
                  + " ≤");
          latency.setText(sla.latency().map(Duration::toString).orElse(""));
          latency.pseudoClassStateChanged(INVALID, false);
        };
    show.run();
    editor
        .document()
        .flowProperty()
        .addListener(
            (obs, old, now) -> {
              if (old == null || !old.defaultSla().equals(now.defaultSla())) {
                show.run();
              }
            });
    Runnable commit =
        () -> {
          Flow flow = editor.flow();
          try {
            Optional<Duration> value =
                latency.getText().isBlank()
                    ? Optional.empty()
                    : Optional.of(Duration.parse(latency.getText()));
            Sla old = flow.defaultSla();
            if (!value.equals(old.latency())) {
              FlowSettings before = FlowSettings.of(flow);
              editor
                  .document()
                  .execute(
                      new ChangeFlowSettings(
                          "Set default SLA",
                          before,
                          before.withDefaultSla(
                              new Sla(value, old.percentile(), old.completeness()))));
            }
            latency.pseudoClassStateChanged(INVALID, false);
          } catch (UnitException e) {
            latency.pseudoClassStateChanged(INVALID, true);
            latency.getTooltip().setText(e.getMessage());
          }
        };
    latency.setOnAction(e -> commit.run());
    latency
        .focusedProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now) {
                commit.run();
              }
            });
    HBox box = new HBox(6, label, latency);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private static Button labeled(Button button, String text) {
    button.setText(text);
    return button;
  }

  private static Button button(Ikon icon, String tip, Runnable action) {
    Button b = new Button(null, new FontIcon(icon));
    b.setTooltip(new Tooltip(tip));
    b.setOnAction(e -> action.run());
    b.getStyleClass().add("flat");
    b.setFocusTraversable(false);
    return b;
  }

  private static ToggleButton toggle(Ikon icon, String tip) {
    ToggleButton b = new ToggleButton(null, new FontIcon(icon));
    b.setTooltip(new Tooltip(tip));
    b.getStyleClass().add("flat");
    b.setFocusTraversable(false);
    return b;
  }
}
