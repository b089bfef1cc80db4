package dev.napkin.simulator.mode.batch;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.FidelityPlan;
import dev.napkin.simulator.mode.RunInput;

/**
 * Entry points of the batch and micro-batch replications (the classes behind stay package-private).
 */
public final class JobModes {
  private JobModes() {}

  public static RunStats batch(RunInput input, RunControl control) {
    return batch(input, control, FidelityPlan.DEFAULT_BUDGET);
  }

  public static RunStats microBatch(RunInput input, RunControl control) {
    return microBatch(input, control, FidelityPlan.DEFAULT_BUDGET);
  }

  /** At the input's fidelity; aggregate moves about {@code budget} units ({@link FidelityPlan}). */
  public static RunStats batch(RunInput input, RunControl control, long budget) {
    return new BatchRun(input, FidelityPlan.groups(input, budget)).run(control);
  }

  public static RunStats microBatch(RunInput input, RunControl control, long budget) {
    return new MicroBatchRun(input, FidelityPlan.groups(input, budget)).run(control);
  }
}
