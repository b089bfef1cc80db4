package dev.napkin.app.results;

import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sla;
import dev.napkin.simulator.result.Wording;
import dev.napkin.simulator.sweep.SweepGrid;
import dev.napkin.simulator.sweep.SweepPoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Monthly cost against the latency at the sink's SLA percentile (log scale) for every swept point,
 * faint in its mode's color; the frontier as a line through its points; the cheapest point meeting
 * every SLA ringed; the flow's own configuration as a diamond; the SLA's target as a vertical line.
 */
final class FrontierChart extends BorderPane {
  /** Where a symbol keeps its own style classes, to restore after the chart resets them. */
  private static final String STYLES = "frontier-styles";

  private final NumberAxis x = new NumberAxis();
  private final NumberAxis y = new NumberAxis();
  private final LineChart<Number, Number> chart = new LineChart<>(x, y);
  private final ModeLegend legend = new ModeLegend();
  private final FrontierViewModel model;

  FrontierChart(FrontierViewModel model) {
    this.model = model;
    setId("frontier-chart");
    getStyleClass().addAll("results-chart", "frontier-chart");
    chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
    chart.setAnimated(false);
    chart.setLegendVisible(false);
    chart.setTitle("Cost vs latency");
    x.setAutoRanging(false);
    x.setMinorTickVisible(false);
    x.setTickLabelFormatter(formatter(log -> Wording.duration(Math.pow(10, log))));
    y.setForceZeroInRange(true);
    y.setLabel("cost per month");
    y.setTickLabelFormatter(formatter(usd -> "$" + Math.round(usd)));
    setCenter(chart);
    javafx.scene.layout.HBox marks =
        new javafx.scene.layout.HBox(
            12,
            mark("frontier", "frontier-swatch"),
            mark("cheapest meeting every SLA", "cheapest-legend"),
            mark("now", "current-mark"));
    marks.setAlignment(javafx.geometry.Pos.CENTER);
    setBottom(new javafx.scene.layout.VBox(2, legend, marks));
    model.pointsProperty().addListener((obs, old, now) -> redraw());
    model.frontierProperty().addListener((obs, old, now) -> redraw());
    model.currentProperty().addListener((obs, old, now) -> redraw());
    model.slaProperty().addListener((obs, old, now) -> redraw());
    redraw();
  }

  LineChart<Number, Number> chart() {
    return chart;
  }

  private static StringConverter<Number> formatter(
      java.util.function.DoubleFunction<String> format) {
    return new StringConverter<>() {
      @Override
      public String toString(Number value) {
        return format.apply(value.doubleValue());
      }

      @Override
      public Number fromString(String text) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private void redraw() {
    chart.getData().clear();
    Optional<NodeId> sink = model.selectedSinkProperty().get();
    if (sink.isEmpty() || model.pointsProperty().get().isEmpty()) {
      legend.show(List.of());
      return;
    }
    Optional<Sla> sla = model.slaProperty().get();
    x.setLabel(
        "latency at "
            + Wording.percentile(sla.map(Sla::percentileOrDefault).orElse(95.0))
            + " (log scale)");
    List<Double> latencies = new ArrayList<>();
    model
        .pointsProperty()
        .get()
        .forEach(p -> p.slaLatencySeconds(sink.get()).ifPresent(latencies::add));
    model.currentProperty().get().ifPresent(c -> latencies.add(c.latencySeconds()));
    Optional<Double> target = sla.flatMap(Sla::latency).map(d -> d.seconds());
    target.ifPresent(latencies::add);
    double low = Math.floor(Math.log10(Math.max(min(latencies), 1e-3)));
    double high = Math.ceil(Math.log10(Math.max(max(latencies), 1e-3)));
    if (high <= low) {
      high = low + 1;
    }
    x.setLowerBound(low);
    x.setUpperBound(high);
    x.setTickUnit(high - low > 6 ? 2 : 1);
    List<String> styles = new ArrayList<>();
    List<String> modes = new ArrayList<>();
    for (String mode : SweepGrid.MODES) {
      XYChart.Series<Number, Number> series = new XYChart.Series<>();
      series.setName(ModeNames.label(mode));
      for (SweepPoint p : model.pointsProperty().get()) {
        if (p.mode().equals(mode)) {
          p.slaLatencySeconds(sink.get())
              .ifPresent(l -> series.getData().add(dot(l, p, "sweep-dot", mode)));
        }
      }
      if (!series.getData().isEmpty()) {
        chart.getData().add(series);
        styles.add("sweep-points");
        modes.add(mode);
      }
    }
    XYChart.Series<Number, Number> frontier = new XYChart.Series<>();
    frontier.setName("frontier");
    Optional<SweepPoint> cheapest = model.cheapestProperty().get();
    for (SweepPoint p : model.frontierProperty().get()) {
      double l = p.slaLatencySeconds(sink.get()).orElseThrow();
      boolean best = cheapest.filter(c -> c == p).isPresent();
      frontier.getData().add(dot(l, p, best ? "cheapest-dot" : "frontier-dot", p.mode()));
    }
    chart.getData().add(frontier);
    styles.add("frontier-line");
    cheapest
        .filter(c -> model.frontierProperty().get().stream().noneMatch(p -> p == c))
        .ifPresent(
            c -> {
              // Meeting every SLA can take a point off this sink's frontier: ring it anyway.
              XYChart.Series<Number, Number> alone = new XYChart.Series<>();
              c.slaLatencySeconds(sink.get())
                  .ifPresent(l -> alone.getData().add(dot(l, c, "cheapest-dot", c.mode())));
              chart.getData().add(alone);
              styles.add("sweep-points");
            });
    model
        .currentProperty()
        .get()
        .ifPresent(
            c -> {
              XYChart.Series<Number, Number> now = new XYChart.Series<>();
              now.setName("now");
              XYChart.Data<Number, Number> data =
                  new XYChart.Data<>(
                      Math.log10(Math.max(c.latencySeconds(), 1e-3)), c.costPerMonthUsd());
              data.setNode(
                  symbol(
                      "Now: "
                          + Wording.usd(c.costPerMonthUsd())
                          + "/mo, "
                          + Wording.duration(c.latencySeconds()),
                      "current-mark"));
              now.getData().add(data);
              chart.getData().add(now);
              styles.add("sweep-points");
            });
    if (target.isPresent()) {
      double t = Math.log10(Math.max(target.get(), 1e-3));
      XYChart.Series<Number, Number> line = new XYChart.Series<>();
      line.setName("SLA");
      double top =
          model.pointsProperty().get().stream()
              .map(SweepPoint::costPerMonthUsd)
              .max(BigDecimal::compareTo)
              .orElse(BigDecimal.ONE)
              .doubleValue();
      line.getData().add(new XYChart.Data<>(t, 0));
      line.getData().add(new XYChart.Data<>(t, top));
      chart.getData().add(line);
      styles.add("sla-line");
    }
    // The chart resets the style classes of series and symbols whenever a series is added: style
    // them after.
    for (int i = 0; i < styles.size(); i++) {
      XYChart.Series<Number, Number> series = chart.getData().get(i);
      series.getNode().getStyleClass().add(styles.get(i));
      for (XYChart.Data<Number, Number> data : series.getData()) {
        Object own = data.getNode().getProperties().get(STYLES);
        if (own instanceof String[] classes) {
          data.getNode().getStyleClass().addAll(classes);
        }
      }
      if (styles.get(i).equals("sla-line")) {
        series.getData().forEach(d -> d.getNode().setVisible(false));
      }
    }
    legend.show(modes);
  }

  private static XYChart.Data<Number, Number> dot(
      double latency, SweepPoint point, String style, String mode) {
    XYChart.Data<Number, Number> data =
        new XYChart.Data<>(Math.log10(Math.max(latency, 1e-3)), point.costPerMonthUsd());
    data.setNode(
        symbol(
            FrontierRow.describe(point)
                + "\n"
                + Wording.usd(point.costPerMonthUsd())
                + "/mo, "
                + Wording.duration(latency)
                + (point.meetsAllSlas() ? ", meets every SLA" : ", misses an SLA"),
            style,
            ModeNames.styleClass(mode)));
    return data;
  }

  private static Region symbol(String tip, String... styles) {
    Region node = new Region();
    node.getProperties().put(STYLES, styles);
    Tooltip.install(node, new Tooltip(tip));
    return node;
  }

  /** A legend entry for one kind of mark, drawn as the chart draws it. */
  private static javafx.scene.control.Label mark(String text, String... styles) {
    Region symbol = new Region();
    symbol.getStyleClass().addAll(styles);
    javafx.scene.control.Label label = new javafx.scene.control.Label(text, symbol);
    label.getStyleClass().add("legend-entry");
    return label;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(1);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
  }
}
