package dev.napkin.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code napkin}: the headless command line. */
@Command(
    name = "napkin",
    mixinStandardHelpOptions = true,
    version = "napkin 0.1.0",
    description = "Design and simulate data flows: batch, micro-batch and streaming side by side.")
public final class NapkinCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Runs the command line and returns the exit code (2 for usage errors). */
  public static int run(String... args) {
    return new CommandLine(new NapkinCommand()).execute(args);
  }
}
