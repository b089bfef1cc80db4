package dev.napkin.app.export;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.NodeKind;

/**
 * The light theme's colors as pictures use them: AtlantaFX Primer's palette and Napkin's own colors
 * from {@code napkin.css} (one per node kind, one per execution mode, status colors only for
 * status). Exported pictures are printed and pasted into documents, so they use the light theme.
 */
public final class ExportColors {
  /** {@code -color-bg-default}: cards, chart backgrounds. */
  public static final String BG = "#ffffff";

  /** {@code -color-bg-subtle}: the canvas behind the cards. */
  public static final String BG_SUBTLE = "#f6f8fa";

  /** {@code -color-border-default}. */
  public static final String BORDER = "#d0d7de";

  /** {@code -color-border-muted}: grid lines. */
  public static final String BORDER_MUTED = "#eaeef2";

  /** {@code -color-fg-default}. */
  public static final String FG = "#24292f";

  /** {@code -color-fg-muted}. */
  public static final String FG_MUTED = "#57606a";

  /** {@code -color-success-fg}: met. */
  public static final String SUCCESS = "#1a7f37";

  /** {@code -color-danger-fg}: missed, unstable. */
  public static final String DANGER = "#d1242f";

  /** {@code -color-warning-emphasis}: a sink without an SLA. */
  public static final String WARNING = "#bf8700";

  /** {@code -color-warning-fg}. */
  public static final String WARNING_FG = "#9a6700";

  /**
   * As designed has no color in {@code napkin.css}; it is the reference the others are read
   * against, so it takes the neutral emphasis color.
   */
  public static final String AS_DESIGNED = "#6e7781";

  private ExportColors() {}

  /** {@code -napkin-source}, {@code -napkin-transform}, {@code -napkin-sink}. */
  public static String of(NodeKind kind) {
    return switch (kind) {
      case SOURCE -> "#1f883d";
      case TRANSFORM -> "#0969da";
      case SINK -> "#9a6700";
    };
  }

  /** {@code -napkin-batch}, {@code -napkin-micro-batch}, {@code -napkin-streaming}. */
  public static String of(ExecutionMode mode) {
    return switch (mode) {
      case BATCH -> "#8250df";
      case MICRO_BATCH -> "#bf3989";
      case STREAMING -> "#1a7f37";
    };
  }

  /** A simulated mode's color by its name; {@code as-designed} and unknown names are neutral. */
  public static String ofMode(String mode) {
    for (ExecutionMode m : ExecutionMode.values()) {
      if (m.specName().equals(mode)) {
        return of(m);
      }
    }
    return AS_DESIGNED;
  }

  /** {@code color} mixed with white: {@code share} 0 keeps it, 1 gives white. */
  public static String lighter(String color, double share) {
    java.awt.Color c = RasterCanvas.color(color);
    int r = mix(c.getRed(), share);
    int g = mix(c.getGreen(), share);
    int b = mix(c.getBlue(), share);
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static int mix(int channel, double share) {
    return (int) Math.round(channel + (255 - channel) * share);
  }
}
