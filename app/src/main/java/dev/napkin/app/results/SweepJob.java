package dev.napkin.app.results;

import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.sweep.SweepResult;

/**
 * Sweeps a flow's configurations. Called off the FX thread; blocks until done. Throws {@link
 * java.util.concurrent.CancellationException} once the control is cancelled, and any other runtime
 * exception with a message a user can read when the flow cannot be swept.
 */
@FunctionalInterface
public interface SweepJob {
  SweepResult run(Flow flow, RunControl control);
}
