package dev.napkin.app.results;

import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.result.SimulationResult;

/**
 * Simulates a flow in every mode the comparison needs. Called off the FX thread; blocks until done.
 * Throws {@link java.util.concurrent.CancellationException} once the control is cancelled, and any
 * other runtime exception with a message a user can read when the flow cannot be simulated.
 */
@FunctionalInterface
public interface SimulationJob {
  SimulationResult run(Flow flow, RunControl control);
}
