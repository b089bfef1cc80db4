package dev.napkin.app.cli;

import java.io.PrintWriter;
import java.util.function.DoubleConsumer;

/**
 * Shows a run's progress on stderr: on a console, one line rewritten in place ({@code \r}) at every
 * whole percent; otherwise a line at every 10 %.
 */
final class ProgressPrinter implements DoubleConsumer {
  private static final String SIMULATING = "simulating ";

  private final PrintWriter err;
  private final boolean inPlace;
  private final String label;
  private int shown = -1;

  ProgressPrinter(PrintWriter err, boolean inPlace) {
    this(err, inPlace, SIMULATING);
  }

  /** With another label before the percentage, e.g. {@code "sweeping "}. */
  ProgressPrinter(PrintWriter err, boolean inPlace, String label) {
    this.err = err;
    this.inPlace = inPlace;
    this.label = label;
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
      err.print("\r" + label + step + " %");
    } else {
      err.println(label + step + " %");
    }
    err.flush();
  }

  /** Clears the in-place line so what follows starts on a clean line. */
  void finish() {
    if (inPlace && shown >= 0) {
      err.print("\r" + " ".repeat(label.length() + 5) + "\r");
      err.flush();
    }
  }
}
