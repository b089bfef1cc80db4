package dev.napkin.app.report;

import dev.napkin.app.export.Canvas;
import dev.napkin.app.export.Drawing;
import dev.napkin.app.export.ExportColors;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The latency distribution at one sink, one curve per mode (pooled over replications): the share of
 * results delivered within each latency, with the SLA's target and percentile as lines, so a reader
 * sees where each mode crosses the target.
 */
final class LatencyCdfChart implements Drawing {
  private static final double[] PERCENTILES = percentiles();

  private final String sinkName;
  private final List<Curve> curves;
  private final Optional<Duration> target;
  private final double percentile;
  private final ChartFrame frame;

  /** One mode's curve: latency in seconds at each of {@link #PERCENTILES}, empty if no results. */
  private record Curve(String mode, List<Double> seconds) {}

  LatencyCdfChart(String sinkName, NodeId sink, List<ModeResult> modes) {
    this.sinkName = sinkName;
    this.curves = new ArrayList<>();
    Optional<Duration> slaTarget = Optional.empty();
    double slaPercentile = 0;
    double low = Double.POSITIVE_INFINITY;
    double high = 0;
    for (ModeResult mode : modes) {
      Optional<SinkResult> result = mode.sink(sink);
      if (result.isEmpty()) {
        continue;
      }
      SinkResult r = result.get();
      slaTarget = r.slaTarget();
      slaPercentile = r.percentile();
      List<Double> seconds = new ArrayList<>();
      if (!r.pooled().isEmpty()) {
        for (double p : PERCENTILES) {
          seconds.add(r.pooled().percentileSeconds(p));
        }
        low = Math.min(low, seconds.get(0));
        high = Math.max(high, seconds.get(seconds.size() - 1));
      }
      curves.add(new Curve(mode.mode(), seconds));
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
    this.frame = new ChartFrame(low, high, 0, 100);
  }

  private static double[] percentiles() {
    double[] grid = new double[102];
    for (int i = 0; i < 99; i++) {
      grid[i] = i + 1;
    }
    grid[99] = 99.5;
    grid[100] = 99.9;
    grid[101] = 100;
    return grid;
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
    return "Latency at " + sinkName + " by mode";
  }

  @Override
  public String background() {
    return ExportColors.BG;
  }

  @Override
  public void draw(Canvas canvas) {
    List<ChartFrame.Tick> ticks = new ArrayList<>();
    for (int v = 0; v <= 100; v += 20) {
      ticks.add(new ChartFrame.Tick(v, v + " %"));
    }
    frame.drawAxes(
        canvas, title() + " (CDF)", "latency (log scale)", "results delivered within", ticks);
    if (target.isPresent()) {
      double y = frame.y(percentile);
      canvas.shape(
          new Line2D.Double(ChartFrame.LEFT, y, ChartFrame.RIGHT, y),
          Canvas.NONE,
          Canvas.Stroke.dashed(ExportColors.FG_MUTED, 0.8));
      frame.drawTarget(
          canvas,
          target.get().seconds(),
          "SLA "
              + Wording.percentile(percentile)
              + " ≤ "
              + Wording.duration(target.get().seconds()));
    }
    List<ChartFrame.LegendEntry> legend = new ArrayList<>();
    for (Curve curve : curves) {
      String color = ExportColors.ofMode(curve.mode());
      legend.add(
          new ChartFrame.LegendEntry(
              color,
              curve.seconds().isEmpty() ? curve.mode() + " (no results)" : curve.mode(),
              ChartFrame.dashed(curve.mode())));
      if (curve.seconds().isEmpty()) {
        continue;
      }
      canvas.beginGroup("cdf-" + curve.mode(), "curve", curve.mode());
      Path2D path = new Path2D.Double();
      path.moveTo(frame.x(curve.seconds().get(0)), frame.y(0));
      for (int i = 0; i < PERCENTILES.length; i++) {
        path.lineTo(frame.x(curve.seconds().get(i)), frame.y(PERCENTILES[i]));
      }
      canvas.shape(
          path,
          Canvas.NONE,
          ChartFrame.dashed(curve.mode())
              ? Canvas.Stroke.dashed(color, 2)
              : Canvas.Stroke.solid(color, 2));
      canvas.endGroup();
    }
    ChartFrame.drawLegend(canvas, legend);
  }
}
