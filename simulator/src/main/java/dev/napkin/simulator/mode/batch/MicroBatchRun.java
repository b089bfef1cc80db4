package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.JobScope;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.workload.GroupPlan;
import java.util.Arrays;
import java.util.Optional;

/**
 * One replication in micro-batch mode (SIMULATION.md, "Micro-batch"): an always-on job triggered at
 * multiples of T. A batch takes every record that arrived since the last one, pays the batch
 * overhead o, and is timed by the {@link JobPipeline}; if it overruns the next trigger the next
 * batch starts as soon as it ends (falling behind). Watermarks follow Spark: a batch classifies and
 * emits against the watermark computed after the previous batch ended, min over sources of (max
 * event time taken − delay). A trigger with no new records and no window due runs nothing.
 */
final class MicroBatchRun extends JobRun {
  private final long every;
  private final long overhead;
  private final long delay;
  private final long end;
  private final long[] maxEventTime;

  /**
   * One micro-batch job of a hybrid flow (or, with a whole scope, the flow in micro-batch mode);
   * with a plan, at aggregate fidelity.
   */
  MicroBatchRun(RunInput input, JobScope scope, Optional<GroupPlan> groups) {
    super("micro-batch", input, scope, groups);
    Execution execution = input.flow().execution();
    every = execution.microBatch().every().nanos();
    overhead = execution.microBatch().overhead().nanos();
    delay = execution.microBatchWatermarkDelay().nanos();
    if (every <= 0) {
      throw new IllegalArgumentException("micro-batch every must be positive");
    }
    end = scope.inputEnd() + drain(input);
    maxEventTime = new long[inputs.inputCount()];
    Arrays.fill(maxEventTime, Long.MIN_VALUE);
  }

  /** Room after the horizon for the last records and the windows the watermark can still close. */
  private long drain(RunInput input) {
    long windows = 0;
    for (Transform t : input.flow().transforms().toList()) {
      if (t.isAggregate() && t.window().isPresent()) {
        windows = Math.max(windows, t.window().get().size().nanos());
      }
    }
    return 2 * every + Math.min(windows, 2 * every);
  }

  @Override
  long end() {
    return end;
  }

  @Override
  ExecutionMode billedMode() {
    return ExecutionMode.MICRO_BATCH;
  }

  @Override
  void simulate(RunControl control) {
    billAlwaysOn(ExecutionMode.MICRO_BATCH);
    long watermark = Long.MIN_VALUE;
    long next = every;
    while (next <= end) {
      long start = next;
      pipeline.watermark(watermark);
      int took = 0;
      while (nextBy(start)) {
        int input = inputs.input();
        long te = inputs.eventTime();
        maxEventTime[input] = Math.max(maxEventTime[input], te);
        long lag = inputs.newestArrivalLag(input, start);
        if (lag >= 0) {
          // a group's points are older than the newest of its records that has arrived
          maxEventTime[input] = Math.max(maxEventTime[input], Math.min(start - lag, horizon));
        }
        offer(input, inputs.id(), te, inputs.arrival(), inputs.count(), inputs.flags(), false);
        took++;
        tookOne(control, start, end);
      }
      long nextTick = (start / every + 1) * every;
      long batchEnd = start;
      if (took > 0 || pipeline.windowsDue(watermark)) {
        batchEnd = pipeline.close(start, start + overhead, watermark);
        if (batchEnd > nextTick && start >= warmup && start < horizon) {
          stats.markFallingBehind();
        }
      }
      watermark = watermark();
      next = Math.max(nextTick, batchEnd);
      ranOnce(control, start, end);
    }
  }

  /**
   * Spark's global watermark: the minimum over inputs (sources, and crossings from upstream jobs)
   * that sent data of max event time − delay.
   */
  private long watermark() {
    long min = Long.MAX_VALUE;
    for (long t : maxEventTime) {
      if (t != Long.MIN_VALUE) {
        min = Math.min(min, t);
      }
    }
    return min == Long.MAX_VALUE ? Long.MIN_VALUE : min - delay;
  }
}
