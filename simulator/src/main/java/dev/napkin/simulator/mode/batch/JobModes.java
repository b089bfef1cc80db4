package dev.napkin.simulator.mode.batch;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.RunInput;

/**
 * Entry points of the batch and micro-batch replications (the classes behind stay package-private).
 */
public final class JobModes {
  private JobModes() {}

  public static RunStats batch(RunInput input, RunControl control) {
    return new BatchRun(input).run(control);
  }

  public static RunStats microBatch(RunInput input, RunControl control) {
    return new MicroBatchRun(input).run(control);
  }
}
