package dev.napkin.app.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which modes to run and whether to show progress ({@code --mode --progress}), shared by {@code
 * simulate} and the report exports; a picocli mixin beside {@link SimulationOptions}. ({@code
 * sweep} has its own {@code --mode}: it sweeps single modes only.)
 */
final class RunOptions {
  /** The option names, to tell whether any was given. */
  static final List<String> NAMES = List.of("--mode", "--progress");

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = ModeSelection.ALL,
      converter = Converters.ModeConverter.class,
      description = "batch|micro-batch|streaming|as-designed|all (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = Converters.ProgressConverter.class,
      description = "auto|always|never: progress on stderr (auto: on a console).")
  ProgressMode progress;
}
