package dev.napkin.simulator.sweep;

import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.run.SimulationRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * What to sweep: the base request (the flow, the simulation settings, traces, prices, and the
 * simulator of each mode the grid varies) and the grid. Every point is simulated with the base's
 * settings, so points differ only in their configuration.
 */
public record SweepRequest(SimulationRequest base, SweepGrid grid) {

  public SweepRequest {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(grid, "grid");
    for (String mode : grid.knobs().keySet()) {
      if (simulatorOf(base, mode).isEmpty()) {
        throw new IllegalArgumentException(
            "the grid sweeps " + mode + " but the request has no " + mode + " simulator");
      }
    }
  }

  /** The base request's simulator for a mode. */
  public ModeSimulator simulator(String mode) {
    return simulatorOf(base, mode)
        .orElseThrow(() -> new IllegalArgumentException("no " + mode + " simulator"));
  }

  private static Optional<ModeSimulator> simulatorOf(SimulationRequest base, String mode) {
    return base.modes().stream().filter(m -> m.name().equals(mode)).findFirst();
  }
}
