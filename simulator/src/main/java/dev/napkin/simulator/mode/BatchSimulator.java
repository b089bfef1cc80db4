package dev.napkin.simulator.mode;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.batch.JobModes;

/**
 * Batch mode (SIMULATION.md, "Batch"): scheduled runs every T paying a startup, stages in
 * topological order, simulated per run in closed form. See docs/simulation.md, "Batch".
 */
public final class BatchSimulator implements ModeSimulator {
  @Override
  public String name() {
    return "batch";
  }

  @Override
  public RunStats run(RunInput input, RunControl control) {
    return JobModes.batch(input, control);
  }
}
