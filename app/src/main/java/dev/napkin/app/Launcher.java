package dev.napkin.app;

import dev.napkin.app.cli.NapkinCommand;

/**
 * The jar's entry point. It does not extend {@code Application}, so the JavaFX runtime is found on
 * the class path; with arguments it runs the headless command line instead of the window.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      NapkinApp.main(args);
    } else {
      System.exit(NapkinCommand.run(args));
    }
  }
}
