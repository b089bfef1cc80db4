package dev.napkin.app.results;

import dev.napkin.model.flow.Sla;
import dev.napkin.simulator.result.Wording;
import java.util.List;
import java.util.Optional;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

/**
 * The latency CDF of every mode at the selected sink, in the modes' colors, on a log scale (modes
 * differ by orders of magnitude), with the SLA's target as a vertical line and its percentile as a
 * horizontal one: a curve that crosses their corner below and right of it meets the latency SLA.
 */
final class LatencyCdfChart extends BorderPane {
  private final NumberAxis x = new NumberAxis();
  private final NumberAxis y = new NumberAxis(0, 1, 0.25);
  private final LineChart<Number, Number> chart = new LineChart<>(x, y);
  private final ModeLegend legend = new ModeLegend();
  private final ResultsViewModel results;

  LatencyCdfChart(ResultsViewModel results) {
    this.results = results;
    setId("cdf-chart");
    getStyleClass().add("results-chart");
    chart.setCreateSymbols(false);
    // Points are drawn in the order given: the SLA's corner goes up, then left.
    chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
    chart.setAnimated(false);
    chart.setLegendVisible(false);
    chart.setTitle("Latency CDF");
    x.setLabel("latency (log scale)");
    x.setAutoRanging(false);
    x.setMinorTickVisible(false);
    x.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number log) {
            return Wording.duration(Math.pow(10, log.doubleValue()));
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    y.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number share) {
            return Math.round(share.doubleValue() * 100) + " %";
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    setCenter(chart);
    setBottom(legend);
    results.curvesProperty().addListener((obs, old, now) -> redraw());
    // Equal curves with another SLA (a re-judged run) still move the SLA lines.
    results.resultProperty().addListener((obs, old, now) -> redraw());
    redraw();
  }

  LineChart<Number, Number> chart() {
    return chart;
  }

  private void redraw() {
    // As designed matches one of the modes when the flow is in one mode: draw it underneath.
    List<CdfCurve> curves = new java.util.ArrayList<>(results.curvesProperty().get());
    curves.sort(
        java.util.Comparator.comparing(
            c -> !c.mode().equals(dev.napkin.simulator.result.Recommender.AS_DESIGNED)));
    Optional<Sla> sla = results.selectedSla();
    chart.getData().clear();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (CdfCurve curve : curves) {
      for (CdfCurve.Point p : curve.points()) {
        min = Math.min(min, p.seconds());
        max = Math.max(max, p.seconds());
      }
    }
    Optional<Double> target = sla.flatMap(Sla::latency).map(d -> d.seconds());
    if (target.isPresent()) {
      min = Math.min(min, target.get());
      max = Math.max(max, target.get());
    }
    if (!(min <= max)) {
      legend.show(List.of());
      return;
    }
    double low = Math.floor(Math.log10(Math.max(min, 1e-3)));
    double high = Math.ceil(Math.log10(Math.max(max, 1e-3)));
    if (high <= low) {
      high = low + 1;
    }
    x.setLowerBound(low);
    x.setUpperBound(high);
    x.setTickUnit(high - low > 6 ? 2 : 1);
    for (CdfCurve curve : curves) {
      XYChart.Series<Number, Number> series = new XYChart.Series<>();
      series.setName(ModeNames.label(curve.mode()));
      for (CdfCurve.Point p : curve.points()) {
        series.getData().add(new XYChart.Data<>(log(p.seconds(), low), p.share()));
      }
      chart.getData().add(series);
    }
    if (target.isPresent()) {
      double t = Math.log10(Math.max(target.get(), 1e-3));
      double share = sla.get().percentileOrDefault() / 100;
      XYChart.Series<Number, Number> line = new XYChart.Series<>();
      line.setName("SLA");
      line.getData().add(new XYChart.Data<>(t, 0));
      line.getData().add(new XYChart.Data<>(t, share));
      line.getData().add(new XYChart.Data<>(low, share));
      chart.getData().add(line);
    }
    // The chart resets its series' style classes whenever a series is added: color them after.
    for (int i = 0; i < curves.size(); i++) {
      chart
          .getData()
          .get(i)
          .getNode()
          .getStyleClass()
          .addAll("mode-line", ModeNames.styleClass(curves.get(i).mode()));
    }
    if (target.isPresent()) {
      chart.getData().get(curves.size()).getNode().getStyleClass().add("sla-line");
    }
    legend.show(results.curvesProperty().get().stream().map(CdfCurve::mode).toList());
  }

  private static double log(double seconds, double floor) {
    return seconds <= 0 ? floor : Math.max(floor, Math.log10(seconds));
  }
}
