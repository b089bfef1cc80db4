package dev.napkin.app.results;

import dev.napkin.app.editor.RunStatus;
import dev.napkin.model.flow.NodeId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Frontier tab: Sweep (with progress and Cancel while it runs) and what state the sweep is in,
 * the one-line answer (the cheapest configuration meeting every SLA against now), the sink, and the
 * frontier table with Apply beside the cost-vs-latency chart.
 */
public final class FrontierPanel extends VBox {
  public FrontierPanel(FrontierViewModel model) {
    setId("frontier-panel");
    getStyleClass().add("results-panel");
    FrontierTable table = new FrontierTable(model);
    Button apply = new Button("Apply", new FontIcon(MaterialDesignC.CHECK));
    apply.setId("frontier-apply");
    apply.setTooltip(
        new Tooltip(
            "Set this configuration in the flow: its mode and knob, and every stage's workers"
                + " (one step: Ctrl+Z undoes it)"));
    apply
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    table.getSelectionModel().getSelectedItem() == null
                        || model.staleProperty().get()
                        || table.getSelectionModel().getSelectedItem().current(),
                table.getSelectionModel().selectedItemProperty(),
                model.staleProperty()));
    apply.setOnAction(
        e -> {
          FrontierRow row = table.getSelectionModel().getSelectedItem();
          if (row != null) {
            model.apply(row.point());
          }
        });
    SplitPane body = new SplitPane(table, new FrontierChart(model));
    body.setOrientation(Orientation.HORIZONTAL);
    body.setDividerPositions(0.55);
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().addAll(status(model), summary(model, apply), body);
    setSpacing(6);
    setPadding(new Insets(6, 10, 6, 10));
  }

  private static HBox status(FrontierViewModel model) {
    SweepRunner runner = model.runner();
    Button sweep = new Button("Sweep", new FontIcon(MaterialDesignC.CHART_SCATTER_PLOT));
    sweep.setId("frontier-sweep");
    sweep.setTooltip(
        new Tooltip(
            "Simulate each mode at ¼ to 4× its knob and at several worker counts, at the flow's"
                + " own simulation settings (can take a while on a long horizon)"));
    sweep.setOnAction(e -> model.sweep());
    sweep.disableProperty().bind(runner.runningProperty());
    Label notice = new Label();
    notice.setId("frontier-notice");
    notice.setWrapText(true);
    notice.textProperty().bind(model.noticeProperty());
    notice.getStyleClass().add("results-notice");
    Runnable style =
        () -> {
          notice.getStyleClass().removeIf(c -> c.startsWith("status-"));
          boolean warn =
              runner.stateProperty().get() == RunState.FAILED || model.staleProperty().get();
          notice.getStyleClass().add((warn ? RunStatus.WARNING : RunStatus.NEUTRAL).styleClass());
        };
    runner.stateProperty().addListener((obs, old, now) -> style.run());
    model.staleProperty().addListener((obs, old, now) -> style.run());
    style.run();
    ProgressBar bar = new ProgressBar();
    bar.setId("frontier-progress");
    bar.setPrefWidth(160);
    bar.progressProperty().bind(runner.progressProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("frontier-cancel");
    cancel.setOnAction(e -> model.cancel());
    HBox running = new HBox(6, bar, cancel);
    running.setAlignment(Pos.CENTER_LEFT);
    running.visibleProperty().bind(runner.runningProperty());
    running.managedProperty().bind(runner.runningProperty());
    HBox line = new HBox(10, sweep, notice, running);
    HBox.setHgrow(notice, Priority.ALWAYS);
    notice.setMaxWidth(Double.MAX_VALUE);
    line.setAlignment(Pos.CENTER_LEFT);
    return line;
  }

  private static HBox summary(FrontierViewModel model, Button apply) {
    Label summary = new Label();
    summary.setId("frontier-summary");
    summary.getStyleClass().add("frontier-summary");
    summary.textProperty().bind(model.summaryProperty());
    Runnable style =
        () -> {
          summary.getStyleClass().removeIf(c -> c.startsWith("status-"));
          if (!model.summaryProperty().get().isEmpty()) {
            RunStatus s =
                model.cheapestProperty().get().isPresent() ? RunStatus.MET : RunStatus.MISSED;
            summary.getStyleClass().add(s.styleClass());
          }
        };
    model.summaryProperty().addListener((obs, old, now) -> style.run());
    ComboBox<NodeId> sink = new ComboBox<>(model.sinks());
    sink.setId("frontier-sink");
    sink.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(NodeId id) {
            return id == null ? "" : id.value();
          }

          @Override
          public NodeId fromString(String text) {
            return NodeId.of(text);
          }
        });
    sink.valueProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.selectSink(now);
              }
            });
    model.selectedSinkProperty().addListener((obs, old, now) -> sink.setValue(now.orElse(null)));
    Label sinkLabel = new Label("Sink");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox line = new HBox(8, summary, spacer, apply, sinkLabel, sink);
    line.setAlignment(Pos.CENTER_LEFT);
    line.disableProperty()
        .bind(Bindings.createBooleanBinding(() -> model.sinks().isEmpty(), model.sinks()));
    return line;
  }
}
