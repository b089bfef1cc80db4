package dev.napkin.simulator.mode;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;

/** One job of a flow, ready to run in its mode: when it stops, and running it. */
public interface ScopedJob {
  /** Simulated time at which the job stops (its input end plus its mode's drain). */
  long end();

  /** Simulates the job (once); throws CancellationException when the control is cancelled. */
  RunStats run(RunControl control);
}
