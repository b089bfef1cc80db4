package dev.napkin.app.report;

import dev.napkin.app.export.Canvas;
import dev.napkin.app.export.Drawing;
import dev.napkin.app.export.ExportColors;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each mode costs against the latency it reaches at one sink's SLA percentile: one point per
 * mode (hollow when the mode was unstable), with the SLA target as a line. The cheapest point left
 * of the line is the mode to pick.
 */
final class CostLatencyChart implements Drawing {
  private final String sinkName;
  private final List<Point> points;
  private final Optional<Duration> target;
  private final double percentile;
  private final ChartFrame frame;
  private final List<ChartFrame.Tick> costTicks;

  private record Point(String mode, double seconds, BigDecimal usd, boolean stable) {}

  CostLatencyChart(String sinkName, NodeId sink, List<ModeResult> modes) {
    this.sinkName = sinkName;
    this.points = new ArrayList<>();
    Optional<Duration> slaTarget = Optional.empty();
    double slaPercentile = 95;
    double low = Double.POSITIVE_INFINITY;
    double high = 0;
    double maxUsd = 0;
    for (ModeResult mode : modes) {
      Optional<SinkResult> result = mode.sink(sink);
      if (result.isEmpty()) {
        continue;
      }
      SinkResult r = result.get();
      slaTarget = r.slaTarget();
      slaPercentile = r.percentile();
      if (r.slaLatency().isEmpty()) {
        continue;
      }
      double seconds = r.slaLatency().get().mean();
      BigDecimal usd = mode.costPerMonthUsd();
      points.add(new Point(mode.mode(), seconds, usd, mode.stable()));
      low = Math.min(low, seconds);
      high = Math.max(high, seconds);
      maxUsd = Math.max(maxUsd, usd.doubleValue());
    }
    this.target = slaTarget;
    this.percentile = slaPercentile;
    if (target.isPresent()) {
      low = Math.min(low, target.get().seconds());
      high = Math.max(high, target.get().seconds());
    }
    if (high == 0) {
      low = 1;
      high = 60;
    }
    this.costTicks = ChartFrame.niceTicks(maxUsd * 1.1, CostLatencyChart::dollars);
    this.frame = new ChartFrame(low, high, 0, costTicks.get(costTicks.size() - 1).value());
  }

  @Override
  public double width() {
    return ChartFrame.WIDTH;
  }

  @Override
  public double height() {
    return ChartFrame.HEIGHT;
  }

  @Override
  public String title() {
    return "Cost against " + Wording.percentile(percentile) + " latency at " + sinkName;
  }

  @Override
  public String background() {
    return ExportColors.BG;
  }

  @Override
  public void draw(Canvas canvas) {
    frame.drawAxes(
        canvas,
        title(),
        Wording.percentile(percentile) + " latency (log scale)",
        "cost per month",
        costTicks);
    target.ifPresent(
        t ->
            frame.drawTarget(
                canvas,
                t.seconds(),
                "SLA " + Wording.percentile(percentile) + " ≤ " + Wording.duration(t.seconds())));
    List<ChartFrame.LegendEntry> legend = new ArrayList<>();
    // Modes with the same numbers share one point and one label (as designed often repeats one).
    java.util.Map<String, List<Point>> byPlace = new java.util.LinkedHashMap<>();
    for (Point p : points) {
      String place =
          dev.napkin.app.export.SvgCanvas.number(frame.x(p.seconds()))
              + ","
              + dev.napkin.app.export.SvgCanvas.number(frame.y(p.usd().doubleValue()));
      byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(p);
    }
    for (List<Point> same : byPlace.values()) {
      Point p = same.get(0);
      String color = ExportColors.ofMode(p.mode());
      double x = frame.x(p.seconds());
      double y = frame.y(p.usd().doubleValue());
      canvas.beginGroup(
          "cost-" + p.mode(),
          "point",
          String.join(", ", same.stream().map(Point::mode).toList())
              + ": "
              + Wording.usd(p.usd())
              + "/mo at "
              + Wording.duration(p.seconds()));
      canvas.shape(
          new Ellipse2D.Double(x - 5, y - 5, 10, 10),
          p.stable() ? color : ExportColors.BG,
          Canvas.Stroke.solid(color, 2));
      canvas.text(
          x + 9,
          y - 7,
          String.join(", ", same.stream().map(Point::mode).toList()),
          new Canvas.TextStyle(10, false, ExportColors.FG, Canvas.Anchor.START));
      canvas.endGroup();
    }
    for (Point p : points) {
      legend.add(
          new ChartFrame.LegendEntry(
              ExportColors.ofMode(p.mode()),
              p.mode() + " " + Wording.usd(p.usd()) + (p.stable() ? "" : " (unstable)"),
              false));
    }
    ChartFrame.drawLegend(canvas, legend);
  }

  /** {@code $1,200}, {@code $2.5}: whole dollars when the steps are. */
  static String dollars(double usd) {
    BigDecimal value = BigDecimal.valueOf(usd);
    String money = Wording.usd(value);
    return value.stripTrailingZeros().scale() <= 0
        ? money.substring(0, money.length() - 3)
        : money.replaceAll("0$", "");
  }
}
