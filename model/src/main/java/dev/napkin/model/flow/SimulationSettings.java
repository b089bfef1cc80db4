package dev.napkin.model.flow;

import dev.napkin.model.unit.Duration;

/** How long and how often to simulate. */
public record SimulationSettings(
    Duration horizon, Duration warmup, int replications, long seed, Fidelity fidelity) {

  public static final SimulationSettings DEFAULTS =
      new SimulationSettings(Duration.ofHours(24), Duration.ofHours(1), 5, 1, Fidelity.AUTO);

  /** Exact moves every record; aggregate moves records in groups; auto picks by size. */
  public enum Fidelity implements SpecName {
    AUTO,
    EXACT,
    AGGREGATE;

    @Override
    public String specName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public SimulationSettings withHorizon(Duration value) {
    return new SimulationSettings(value, warmup, replications, seed, fidelity);
  }

  public SimulationSettings withWarmup(Duration value) {
    return new SimulationSettings(horizon, value, replications, seed, fidelity);
  }

  public SimulationSettings withReplications(int value) {
    return new SimulationSettings(horizon, warmup, value, seed, fidelity);
  }

  public SimulationSettings withSeed(long value) {
    return new SimulationSettings(horizon, warmup, replications, value, fidelity);
  }

  public SimulationSettings withFidelity(Fidelity value) {
    return new SimulationSettings(horizon, warmup, replications, seed, value);
  }
}
