package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.FidelityPlan;
import dev.napkin.simulator.mode.JobScope;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.mode.ScopedJob;
import dev.napkin.simulator.mode.Topology;
import dev.napkin.simulator.workload.GroupPlan;
import java.util.Optional;

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
    return new BatchRun(input, whole(input, ExecutionMode.BATCH), groups(input, budget))
        .run(control);
  }

  public static RunStats microBatch(RunInput input, RunControl control, long budget) {
    return new MicroBatchRun(input, whole(input, ExecutionMode.MICRO_BATCH), groups(input, budget))
        .run(control);
  }

  /** One batch or micro-batch job of a hybrid flow (the scope's mode says which), exact. */
  public static ScopedJob job(RunInput input, JobScope scope) {
    return job(input, scope, Optional.empty());
  }

  /**
   * One batch or micro-batch job of a hybrid flow; with a plan (aggregate fidelity) its sources'
   * records come in weighted groups, and units crossing from other jobs are taken as groups too.
   */
  public static ScopedJob job(RunInput input, JobScope scope, Optional<GroupPlan> groups) {
    if (scope.mode() == ExecutionMode.STREAMING) {
      throw new IllegalArgumentException("a streaming job is not a batch or micro-batch job");
    }
    JobRun run =
        scope.mode() == ExecutionMode.BATCH
            ? new BatchRun(input, scope, groups)
            : new MicroBatchRun(input, scope, groups);
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

  private static JobScope whole(RunInput input, ExecutionMode mode) {
    return JobScope.whole(Topology.of(input.flow()), mode, input.settings().horizon().nanos());
  }

  private static Optional<GroupPlan> groups(RunInput input, long budget) {
    return FidelityPlan.groups(input, budget);
  }
}
