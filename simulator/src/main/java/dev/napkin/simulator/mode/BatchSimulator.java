package dev.napkin.simulator.mode;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.batch.JobModes;

/**
 * Batch mode (SIMULATION.md, "Batch"): scheduled runs every T paying a startup, stages in
 * topological order, simulated per run in closed form. See docs/simulation.md, "Batch".
 */
public final class BatchSimulator implements ModeSimulator {
  private final long budget;

  public BatchSimulator() {
    this(FidelityPlan.DEFAULT_BUDGET);
  }

  /**
   * @param budget units a replication moves in aggregate fidelity ({@link FidelityPlan})
   */
  public BatchSimulator(long budget) {
    this.budget = budget;
  }

  @Override
  public String name() {
    return "batch";
  }

  @Override
  public RunStats run(RunInput input, RunControl control) {
    return JobModes.batch(input, control, budget);
  }
}
