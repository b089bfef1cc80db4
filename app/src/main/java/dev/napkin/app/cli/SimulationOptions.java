package dev.napkin.app.cli;

import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.unit.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The simulation options commands share ({@code --seed --horizon --warmup --replications}), each
 * overriding the spec's setting when given. Used as a picocli mixin.
 */
final class SimulationOptions {
  /** The option names, to tell whether any was given. */
  static final List<String> NAMES = List.of("--seed", "--horizon", "--warmup", "--replications");

  @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the spec's).")
  Long seed;

  @Option(
      names = "--horizon",
      paramLabel = "DUR",
      converter = Converters.DurationConverter.class,
      description =
          "Simulated time, e.g. 1d (default: the spec's). A spec warm-up that does not fit is"
              + " cut to the spec's share of the horizon.")
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

  /** The spec's settings with the options given applied. */
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
    return fittedWarmup(own).map(s::withWarmup).orElse(s);
  }

  /**
   * When only {@code --horizon} is given and the spec's warm-up does not fit in it, the warm-up
   * keeps the spec's share of the horizon (30 min of 6 h becomes 2 min 30 s of 30 min), to the
   * second; otherwise nothing.
   */
  Optional<Duration> fittedWarmup(SimulationSettings own) {
    if (horizon == null || warmup != null || own.warmup().compareTo(horizon) < 0) {
      return Optional.empty();
    }
    double share = own.horizon().nanos() > 0 ? own.warmup().seconds() / own.horizon().seconds() : 0;
    long seconds = (long) Math.floor(share * horizon.seconds());
    if (share >= 1 || seconds <= 0 || seconds >= horizon.seconds()) {
      return Optional.empty(); // nothing sensible: the usual error follows
    }
    return Optional.of(Duration.ofSeconds(seconds));
  }

  /** The warning for a warm-up cut to fit, if it was. */
  Optional<String> fittedWarmupWarning(SimulationSettings own) {
    return fittedWarmup(own)
        .map(
            fitted ->
                "the spec's warm-up ("
                    + own.warmup()
                    + ") does not fit in the "
                    + horizon
                    + " horizon: measuring after "
                    + fitted
                    + " instead, the spec's share of it");
  }

  /**
   * Why the settings cannot run, when the warm-up is not shorter than the horizon; with the exit
   * code: a usage error when the command line set the times, an invalid spec otherwise.
   */
  Optional<Misfit> misfit(SimulationSettings applied) {
    if (applied.warmup().compareTo(applied.horizon()) < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Misfit(
            "the warm-up ("
                + applied.warmup()
                + ") must be shorter than the horizon ("
                + applied.horizon()
                + ")",
            setsTime() ? ExitCodes.USAGE : ExitCodes.INVALID));
  }

  /** A warm-up that does not fit, said in words, and the exit code it ends the command with. */
  record Misfit(String message, int exitCode) {}

  /**
   * Whether the horizon or the warm-up came from the command line (a misfit is then a usage error).
   */
  boolean setsTime() {
    return horizon != null || warmup != null;
  }
}
