package dev.napkin.app.report;

import dev.napkin.app.export.Canvas;
import dev.napkin.app.export.ExportColors;
import dev.napkin.app.export.PictureFonts;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame both report charts share: a title, a plot area with a latency axis (logarithmic, in
 * readable durations: batch and streaming latencies differ by orders of magnitude) and a linear
 * value axis, grid lines, and a legend on the right.
 */
final class ChartFrame {
  static final double WIDTH = 680;
  static final double HEIGHT = 360;
  static final double LEFT = 72;
  static final double TOP = 60;
  static final double RIGHT = WIDTH - 170;
  static final double BOTTOM = HEIGHT - 52;

  private static final double[] TICKS = {
    0.001, 0.01, 0.1, 1, 10, 60, 600, 3600, 36000, 86400, 864000
  };
  private static final String[] TICK_LABELS = {
    "1 ms", "10 ms", "100 ms", "1 s", "10 s", "1 min", "10 min", "1 h", "10 h", "1 d", "10 d"
  };

  private final double logLow;
  private final double logHigh;
  private final double yLow;
  private final double yHigh;

  /** A frame showing latencies in [low, high] seconds and values in [yLow, yHigh]. */
  ChartFrame(double low, double high, double yLow, double yHigh) {
    // Some room on both sides, so no curve runs along the plot's edge.
    int first = 0;
    while (first + 1 < TICKS.length && TICKS[first + 1] <= clamp(low / 1.5)) {
      first++;
    }
    int last = TICKS.length - 1;
    while (last - 1 > first && TICKS[last - 1] >= clamp(high * 1.5)) {
      last--;
    }
    if (last == first) {
      last = Math.min(first + 1, TICKS.length - 1);
      first = last - 1;
    }
    this.logLow = Math.log10(TICKS[first]);
    this.logHigh = Math.log10(TICKS[last]);
    this.yLow = yLow;
    this.yHigh = yHigh > yLow ? yHigh : yLow + 1;
  }

  /** Latencies below 1 ms or above 10 d are drawn at the axis's ends. */
  static double clamp(double seconds) {
    return Math.max(TICKS[0], Math.min(TICKS[TICKS.length - 1], seconds));
  }

  double x(double seconds) {
    double log = Math.log10(clamp(seconds));
    return LEFT + (log - logLow) / (logHigh - logLow) * (RIGHT - LEFT);
  }

  double y(double value) {
    return BOTTOM - (value - yLow) / (yHigh - yLow) * (BOTTOM - TOP);
  }

  /** Title, plot background, grid, both axes with their labels. */
  void drawAxes(Canvas canvas, String title, String xTitle, String yTitle, List<Tick> yTicks) {
    Canvas.TextStyle axis =
        new Canvas.TextStyle(11, false, ExportColors.FG_MUTED, Canvas.Anchor.MIDDLE);
    canvas.text(
        16,
        24,
        PictureFonts.fit(title, 14, true, WIDTH - 32),
        new Canvas.TextStyle(14, true, ExportColors.FG, Canvas.Anchor.START));
    canvas.shape(
        new Rectangle2D.Double(LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP),
        ExportColors.BG,
        Canvas.Stroke.solid(ExportColors.BORDER, 1));
    for (int i = 0; i < TICKS.length; i++) {
      double log = Math.log10(TICKS[i]);
      if (log < logLow - 1e-9 || log > logHigh + 1e-9) {
        continue;
      }
      double x = x(TICKS[i]);
      canvas.shape(
          new Line2D.Double(x, TOP, x, BOTTOM),
          Canvas.NONE,
          Canvas.Stroke.solid(ExportColors.BORDER_MUTED, 1));
      canvas.text(x, BOTTOM + 16, TICK_LABELS[i], axis);
    }
    for (Tick tick : yTicks) {
      double y = y(tick.value());
      canvas.shape(
          new Line2D.Double(LEFT, y, RIGHT, y),
          Canvas.NONE,
          Canvas.Stroke.solid(ExportColors.BORDER_MUTED, 1));
      canvas.text(LEFT - 6, y + 4, tick.label(), axis.anchored(Canvas.Anchor.END));
    }
    canvas.text((LEFT + RIGHT) / 2, BOTTOM + 36, xTitle, axis);
    canvas.text(16, TOP - 12, yTitle, axis.anchored(Canvas.Anchor.START));
  }

  /** A dashed vertical line at the SLA's latency target, labelled at the top. */
  void drawTarget(Canvas canvas, double seconds, String label) {
    double x = x(seconds);
    canvas.shape(
        new Line2D.Double(x, TOP, x, BOTTOM),
        Canvas.NONE,
        Canvas.Stroke.dashed(ExportColors.FG, 1.2));
    canvas.text(
        x + 4,
        BOTTOM - 8,
        label,
        new Canvas.TextStyle(10, true, ExportColors.FG, Canvas.Anchor.START));
  }

  /** One legend row per entry: a color swatch and a label, right of the plot. */
  static void drawLegend(Canvas canvas, List<LegendEntry> entries) {
    double y = TOP + 8;
    for (LegendEntry entry : entries) {
      canvas.shape(
          new Line2D.Double(RIGHT + 16, y - 4, RIGHT + 36, y - 4),
          Canvas.NONE,
          entry.dashed()
              ? Canvas.Stroke.dashed(entry.color(), 2)
              : Canvas.Stroke.solid(entry.color(), 3));
      canvas.text(
          RIGHT + 42,
          y,
          PictureFonts.fit(entry.label(), 11, false, WIDTH - RIGHT - 50),
          new Canvas.TextStyle(11, false, ExportColors.FG, Canvas.Anchor.START));
      y += 18;
    }
  }

  /** A tick on the value axis. */
  record Tick(double value, String label) {}

  /** A legend row. */
  record LegendEntry(String color, String label, boolean dashed) {}

  /**
   * As designed repeats one of the other runs when the flow has one mode: dashed, it lets the run
   * below show through.
   */
  static boolean dashed(String mode) {
    return mode.equals(dev.napkin.simulator.result.Recommender.AS_DESIGNED);
  }

  /**
   * 0 to at least {@code max} in 4 to 6 round steps (1, 2 or 5 × 10^k), labelled by {@code label}.
   */
  static List<Tick> niceTicks(double max, java.util.function.DoubleFunction<String> label) {
    double top = max > 0 ? max : 1;
    double raw = top / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * magnitude >= raw) {
        step = m * magnitude;
        break;
      }
    }
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i * step < top + step * 0.999; i++) {
      double v = BigDecimal.valueOf(i * step).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
      ticks.add(new Tick(v, label.apply(v)));
    }
    return ticks;
  }
}
