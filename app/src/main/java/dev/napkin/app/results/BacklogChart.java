package dev.napkin.app.results;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The Timeline tab: each stage's mean backlog (records waiting or in service) over simulated time
 * in the selected mode, so a queue that builds up at the peak hour, or never drains, shows at a
 * glance.
 */
final class BacklogChart extends BorderPane {
  private final NumberAxis x = new NumberAxis();
  private final NumberAxis y = new NumberAxis();
  private final LineChart<Number, Number> chart = new LineChart<>(x, y);
  private final Label empty = new Label("Simulate (F5) to see each stage's backlog over time.");
  private final ResultsViewModel results;

  BacklogChart(ResultsViewModel results) {
    this.results = results;
    setId("backlog-chart");
    getStyleClass().add("results-chart");
    chart.setCreateSymbols(false);
    chart.setAnimated(false);
    x.setLabel("simulated time (h)");
    x.setForceZeroInRange(false);
    y.setLabel("records in stage (mean per bucket)");
    ComboBox<String> mode = new ComboBox<>(results.modes());
    mode.setId("timeline-mode");
    mode.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String name) {
            return name == null ? "" : ModeNames.label(name);
          }

          @Override
          public String fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    mode.valueProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                results.selectMode(now);
              }
            });
    results.selectedModeProperty().addListener((obs, old, now) -> mode.setValue(now.orElse(null)));
    Label title = new Label("Backlog per stage in");
    HBox bar = new HBox(8, title, mode);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6, 10, 0, 10));
    setTop(bar);
    empty.getStyleClass().add("muted");
    results.backlogProperty().addListener((obs, old, now) -> redraw());
    redraw();
  }

  LineChart<Number, Number> chart() {
    return chart;
  }

  private void redraw() {
    chart.getData().clear();
    if (results.backlogProperty().get().isEmpty()) {
      setCenter(empty);
      return;
    }
    for (BacklogCurve curve : results.backlogProperty().get()) {
      XYChart.Series<Number, Number> series = new XYChart.Series<>();
      series.setName(curve.node().value());
      for (BacklogCurve.Point p : curve.points()) {
        series.getData().add(new XYChart.Data<>(p.hours(), p.records()));
      }
      chart.getData().add(series);
    }
    setCenter(chart);
  }
}
