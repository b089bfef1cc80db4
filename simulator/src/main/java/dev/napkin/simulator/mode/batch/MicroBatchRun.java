package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.RunInput;
import java.util.Arrays;

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

  MicroBatchRun(
      RunInput input, java.util.Optional<dev.napkin.simulator.workload.GroupPlan> groups) {
    super("micro-batch", input, groups);
    Execution execution = input.flow().execution();
    every = execution.microBatch().every().nanos();
    overhead = execution.microBatch().overhead().nanos();
    delay = execution.microBatchWatermarkDelay().nanos();
    if (every <= 0) {
      throw new IllegalArgumentException("micro-batch every must be positive");
    }
    end = horizon + drain(input);
    maxEventTime = new long[sourceNodes.length];
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
      while (arrivals.nextBy(start)) {
        int source = arrivals.source();
        long te = arrivals.eventTime();
        maxEventTime[source] = Math.max(maxEventTime[source], te);
        long lag = arrivals.newestArrivalLag(source, start);
        if (lag >= 0) {
          // a group's points are older than the newest of its records that has arrived
          maxEventTime[source] = Math.max(maxEventTime[source], Math.min(start - lag, horizon));
        }
        pipeline.offer(sourceNodes[source], arrivals.id(), te, arrivals.count(), lag >= 0, false);
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
   * Spark's global watermark: the minimum over sources that sent data of max event time − delay.
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
