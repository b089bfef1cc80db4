package dev.napkin.app.cli;

import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.unit.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The simulation options {@code simulate} and the report exports share ({@code --mode --seed
 * --horizon --warmup --replications --progress}); a picocli mixin, so both commands parse and
 * document them the same way.
 */
public final class SimulationOptions {
  /** The option names, to tell whether any was given. */
  static final List<String> NAMES =
      List.of("--mode", "--seed", "--horizon", "--warmup", "--replications", "--progress");

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = ModeSelection.ALL,
      converter = Converters.ModeConverter.class,
      description = "batch|micro-batch|streaming|as-designed|all (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the spec's).")
  Long seed;

  @Option(
      names = "--horizon",
      paramLabel = "DUR",
      converter = Converters.DurationConverter.class,
      description = "Simulated time, e.g. 1d (default: the spec's).")
  Duration horizon;

  @Option(
      names = "--warmup",
      paramLabel = "DUR",
      converter = Converters.DurationConverter.class,
      description = "Time not measured at the start, e.g. 1h (default: the spec's).")
  Duration warmup;

  @Option(
      names = "--replications",
      paramLabel = "N",
      converter = Converters.ReplicationsConverter.class,
      description = "Independent replications (default: the spec's).")
  Integer replications;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = Converters.ProgressConverter.class,
      description = "auto|always|never: progress on stderr (auto: on a console).")
  ProgressMode progress;

  /** The spec's settings with the options given on the command line applied. */
  SimulationSettings apply(SimulationSettings own) {
    SimulationSettings s = own;
    if (seed != null) {
      s = s.withSeed(seed);
    }
    if (horizon != null) {
      s = s.withHorizon(horizon);
    }
    if (warmup != null) {
      s = s.withWarmup(warmup);
    }
    if (replications != null) {
      s = s.withReplications(replications);
    }
    return s;
  }

  /** Whether the horizon or warm-up came from the command line (a bad pair is then usage). */
  boolean timeGiven() {
    return horizon != null || warmup != null;
  }
}
