package dev.napkin.app.editor;

/**
 * What a simulation says about a part, in the only colors status may use: met, missed, warning,
 * unstable; neutral for figures that judge nothing.
 */
public enum RunStatus {
  NEUTRAL,
  MET,
  MISSED,
  WARNING,
  UNSTABLE;

  /**
   * The style class that colors it ({@code status-met}, …), the same on canvas, table and chart.
   */
  public String styleClass() {
    return "status-" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
