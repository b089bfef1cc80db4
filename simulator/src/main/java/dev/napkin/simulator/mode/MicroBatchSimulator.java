package dev.napkin.simulator.mode;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.batch.JobModes;

/**
 * Micro-batch mode (SIMULATION.md, "Micro-batch"): an always-on job triggered every T, Spark's
 * ProcessingTime and watermark rules, simulated per batch in closed form. See docs/simulation.md,
 * "Micro-batch".
 */
public final class MicroBatchSimulator implements ModeSimulator {
  private final long budget;

  public MicroBatchSimulator() {
    this(FidelityPlan.DEFAULT_BUDGET);
  }

  /**
   * @param budget units a replication moves in aggregate fidelity ({@link FidelityPlan})
   */
  public MicroBatchSimulator(long budget) {
    this.budget = budget;
  }

  @Override
  public String name() {
    return "micro-batch";
  }

  @Override
  public RunStats run(RunInput input, RunControl control) {
    return JobModes.microBatch(input, control, budget);
  }
}
