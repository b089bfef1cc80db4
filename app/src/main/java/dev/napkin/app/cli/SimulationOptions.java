package dev.napkin.app.cli;

import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.unit.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The simulation options commands share ({@code --seed --horizon --warmup --replications}), each
 * overriding the spec's setting when given. Used as a picocli mixin.
 */
final class SimulationOptions {
  @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the spec's).")
  private Long seed;

  @Option(
      names = "--horizon",
      paramLabel = "DUR",
      converter = Converters.DurationConverter.class,
      description =
          "Simulated time, e.g. 1d (default: the spec's). A spec warm-up that does not fit is"
              + " cut to the spec's share of the horizon.")
  private Duration horizon;

  @Option(
      names = "--warmup",
      paramLabel = "DUR",
      converter = Converters.DurationConverter.class,
      description = "Time not measured at the start, e.g. 1h (default: the spec's).")
  private Duration warmup;

  @Option(
      names = "--replications",
      paramLabel = "N",
      converter = Converters.ReplicationsConverter.class,
      description = "Independent replications (default: the spec's).")
  private Integer replications;

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
   * Whether the horizon or the warm-up came from the command line (a misfit is then a usage error).
   */
  boolean setsTime() {
    return horizon != null || warmup != null;
  }
}
