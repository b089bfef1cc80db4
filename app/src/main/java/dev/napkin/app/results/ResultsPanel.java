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
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * The Results tab: what state the results are in (with progress and Cancel while a run goes on),
 * the recommendation, the sink and its SLA, the comparison table beside the latency CDF, and the
 * assumptions behind every number one click away.
 */
public final class ResultsPanel extends VBox {
  public ResultsPanel(ResultsViewModel results) {
    setId("results-panel");
    getStyleClass().add("results-panel");
    SplitPane body = new SplitPane(new ComparisonTable(results), new LatencyCdfChart(results));
    body.setOrientation(Orientation.HORIZONTAL);
    body.setDividerPositions(0.72);
    VBox.setVgrow(body, Priority.ALWAYS);
    Label assumptions = new Label();
    assumptions.setId("assumptions");
    assumptions.setWrapText(true);
    assumptions.getStyleClass().add("assumptions");
    assumptions
        .textProperty()
        .bind(Bindings.createStringBinding(results::assumptions, results.resultProperty()));
    ToggleButton showAssumptions =
        new ToggleButton("Assumptions", new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
    showAssumptions.setId("show-assumptions");
    showAssumptions.setTooltip(
        new Tooltip(
            "Prices (with the catalog's source and date), startup, overhead and simulation settings behind these numbers"));
    assumptions.visibleProperty().bind(showAssumptions.selectedProperty());
    assumptions.managedProperty().bind(showAssumptions.selectedProperty());
    getChildren()
        .addAll(
            status(results),
            new RecommendationBanner(results),
            controls(results, showAssumptions),
            assumptions,
            body);
    setSpacing(6);
    setPadding(new Insets(6, 10, 6, 10));
  }

  private static HBox status(ResultsViewModel results) {
    SimulationRun run = results.run();
    Label notice = new Label();
    notice.setId("results-notice");
    notice.setWrapText(true);
    notice.textProperty().bind(results.noticeProperty());
    notice.getStyleClass().add("results-notice");
    Runnable style =
        () -> {
          notice.getStyleClass().removeIf(c -> c.startsWith("status-"));
          boolean warn =
              run.stateProperty().get() == RunState.FAILED || results.staleProperty().get();
          notice.getStyleClass().add((warn ? RunStatus.WARNING : RunStatus.NEUTRAL).styleClass());
        };
    run.stateProperty().addListener((obs, old, now) -> style.run());
    results.staleProperty().addListener((obs, old, now) -> style.run());
    style.run();
    ProgressBar bar = new ProgressBar();
    bar.setId("results-progress");
    bar.setPrefWidth(160);
    bar.progressProperty().bind(run.progressProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("results-cancel");
    cancel.setOnAction(e -> results.cancel());
    HBox running = new HBox(6, bar, cancel);
    running.setAlignment(Pos.CENTER_LEFT);
    running.visibleProperty().bind(run.runningProperty());
    running.managedProperty().bind(run.runningProperty());
    HBox line = new HBox(10, notice, running);
    HBox.setHgrow(notice, Priority.ALWAYS);
    notice.setMaxWidth(Double.MAX_VALUE);
    line.setAlignment(Pos.CENTER_LEFT);
    return line;
  }

  private static HBox controls(ResultsViewModel results, ToggleButton showAssumptions) {
    ComboBox<NodeId> sink = new ComboBox<>(results.sinks());
    sink.setId("results-sink");
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
                results.selectSink(now);
              }
            });
    results.selectedSinkProperty().addListener((obs, old, now) -> sink.setValue(now.orElse(null)));
    sink.setValue(results.selectedSinkProperty().get().orElse(null));
    Button copy = new Button("Copy table", new FontIcon(MaterialDesignC.CONTENT_COPY));
    copy.setId("copy-table");
    copy.setOnAction(e -> ComparisonTable.copyToClipboard(results));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox controls =
        new HBox(
            8, new Label("Sink"), sink, new SlaControl(results), spacer, copy, showAssumptions);
    controls.setAlignment(Pos.CENTER_LEFT);
    controls
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> results.resultProperty().get().isEmpty(), results.resultProperty()));
    return controls;
  }
}
