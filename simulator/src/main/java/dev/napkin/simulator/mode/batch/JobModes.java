package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.JobScope;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.mode.ScopedJob;

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

  /** One batch or micro-batch job of a hybrid flow (the scope's mode says which). */
  public static ScopedJob job(RunInput input, JobScope scope) {
    if (scope.mode() == ExecutionMode.STREAMING) {
      throw new IllegalArgumentException("a streaming job is not a batch or micro-batch job");
    }
    JobRun run =
        scope.mode() == ExecutionMode.BATCH
            ? new BatchRun(input, scope)
            : new MicroBatchRun(input, scope);
    return new ScopedJob() {
      @Override
      public long end() {
        return run.end();
      }

      @Override
      public RunStats run(RunControl control) {
        return run.run(control);
      }
    };
  }
}
