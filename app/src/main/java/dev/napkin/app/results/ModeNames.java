package dev.napkin.app.results;

import dev.napkin.simulator.result.Recommender;

/** How a mode is named and colored in the UI: one style class per mode, everywhere. */
public final class ModeNames {
  private ModeNames() {}

  /** {@code as designed} for {@code as-designed}; the others as they are. */
  public static String label(String mode) {
    return mode.equals(Recommender.AS_DESIGNED) ? "as designed" : mode;
  }

  /**
   * {@code mode-batch}, {@code mode-micro-batch}, {@code mode-streaming}, {@code mode-as-designed}.
   */
  public static String styleClass(String mode) {
    return "mode-" + mode;
  }
}
