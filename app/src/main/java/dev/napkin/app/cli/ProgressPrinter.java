package dev.napkin.app.cli;

import java.io.PrintWriter;
import java.util.function.DoubleConsumer;

/**
 * Shows a run's progress on stderr: on a console, one line rewritten in place ({@code \r}) at every
 * whole percent; otherwise a line at every 10 %.
 */
final class ProgressPrinter implements DoubleConsumer {
  private static final String LABEL = "simulating ";

  private final PrintWriter err;
  private final boolean inPlace;
  private int shown = -1;

  ProgressPrinter(PrintWriter err, boolean inPlace) {
    this.err = err;
    this.inPlace = inPlace;
  }

  @Override
  public void accept(double share) {
    int percent = (int) Math.floor(Math.max(0, Math.min(1, share)) * 100);
    int step = inPlace ? percent : percent / 10 * 10;
    if (step <= shown) {
      return;
    }
    shown = step;
    if (inPlace) {
      err.print("\r" + LABEL + step + " %");
    } else {
      err.println(LABEL + step + " %");
    }
    err.flush();
  }

  /** Clears the in-place line so what follows starts on a clean line. */
  void finish() {
    if (inPlace && shown >= 0) {
      err.print("\r" + " ".repeat(LABEL.length() + 5) + "\r");
      err.flush();
    }
  }
}
