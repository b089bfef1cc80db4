package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.RunInput;
import java.util.ArrayList;
import java.util.List;

/**
 * One replication in batch mode (SIMULATION.md, "Batch"). Runs are due at kT (plus the grace, for
 * event-time partitions); a run that is still going at the next tick pushes the next run to its end
 * (falling behind). Each run takes its records, pays the startup S, and is timed by the {@link
 * JobPipeline}. Billed per run: Σ parallelism × (S + job duration); the month is the mean run that
 * processed measured records × (730 h / T).
 */
final class BatchRun extends JobRun {
  /** A record that arrived before its event-time partition's run. */
  private record Held(int source, long id, long eventTime, long count) {}

  private final long every;
  private final long startup;
  private final long grace;
  private final boolean eventPartition;
  private final List<Held> held = new ArrayList<>();
  private final double[] billedNanos;
  private long billedRuns;
  private long peakHeld;

  BatchRun(RunInput input, java.util.Optional<dev.napkin.simulator.workload.GroupPlan> groups) {
    super("batch", input, groups);
    Execution.Batch settings = input.flow().execution().batch();
    every = settings.every().nanos();
    startup = settings.startup().nanos();
    eventPartition = settings.partition() == Execution.Partition.EVENT;
    grace = eventPartition ? settings.grace().nanos() : 0;
    if (every <= 0) {
      throw new IllegalArgumentException("batch every must be positive");
    }
    billedNanos = new double[topology.nodeCount()];
  }

  @Override
  ExecutionMode billedMode() {
    return ExecutionMode.BATCH;
  }

  @Override
  long peakHeld() {
    return peakHeld;
  }

  @Override
  void simulate(RunControl control) {
    long lastDue = ceilTo(horizon) + grace;
    // one more period sweeps up the last period's late arrivals
    long end = lastDue + every;
    long k = 1;
    long next = every + grace;
    long previousCutoff = Long.MIN_VALUE;
    while (next <= end) {
      long start = next;
      long cutoff = eventPartition ? k * every : start;
      int took = take(start, cutoff, previousCutoff, control, end);
      long nextTick = eventPartition ? (k + 1) * every + grace : (start / every + 1) * every;
      long jobEnd = start;
      if (took > 0 || pipeline.windowsDue(cutoff)) {
        boolean measured = pipeline.measuredRun();
        jobEnd = pipeline.close(start, start + startup, cutoff);
        if (measured && start <= lastDue) {
          bill(jobEnd - start);
        }
        if (jobEnd > nextTick && start < horizon) {
          stats.markFallingBehind();
        }
      }
      previousCutoff = cutoff;
      k++;
      next = Math.max(nextTick, jobEnd);
      ranOnce(control, start, end);
    }
    finishBilling();
  }

  private long ceilTo(long t) {
    return Math.max(every, Math.floorDiv(t + every - 1, every) * every);
  }

  /** Offers the run its records; returns how many. */
  private int take(long start, long cutoff, long previousCutoff, RunControl control, long end) {
    int took = 0;
    if (!held.isEmpty()) {
      List<Held> keep = new ArrayList<>();
      for (Held a : held) {
        if (a.eventTime() < cutoff) {
          offer(a.source(), a.id(), a.eventTime(), a.count(), previousCutoff);
          took++;
        } else {
          keep.add(a);
        }
      }
      held.clear();
      held.addAll(keep);
    }
    while (arrivals.nextBy(start)) {
      tookOne(control, start, end);
      long te = arrivals.eventTime();
      if (eventPartition && te >= cutoff) {
        held.add(new Held(arrivals.source(), arrivals.id(), te, arrivals.count()));
        peakHeld = Math.max(peakHeld, held.size());
      } else {
        offer(arrivals.source(), arrivals.id(), te, arrivals.count(), previousCutoff);
        took++;
      }
    }
    return took;
  }

  private void offer(int source, long id, long eventTime, long count, long previousCutoff) {
    boolean missed = eventPartition && eventTime < previousCutoff;
    pipeline.offer(sourceNodes[source], id, eventTime, count, arrivals.grouped(source), missed);
  }

  /** Every stage's workers are held for the startup and the whole job. */
  private void bill(long runNanos) {
    billedRuns++;
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.node(i) instanceof Transform t) {
        billedNanos[i] += t.parallelism() * (double) runNanos;
      }
    }
  }

  /**
   * Scales the billed runs so that MonthlyCost (billing ÷ measured hours × 730 h) gives the mean
   * billed run × 730 h / T.
   */
  private void finishBilling() {
    if (billedRuns == 0) {
      return;
    }
    double scale = stats.measuredNanos() / (billedRuns * (double) every);
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.node(i) instanceof Transform t) {
        double hours = billedNanos[i] * scale / NANOS_PER_HOUR;
        stats.bill(RunStats.Billing.vcpu(t.id(), ExecutionMode.BATCH, hours));
      }
    }
  }
}
