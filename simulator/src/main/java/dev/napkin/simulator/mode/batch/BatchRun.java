package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.JobScope;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.workload.GroupPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One replication in batch mode (SIMULATION.md, "Batch"). Runs are due at kT (plus the grace, for
 * event-time partitions); a run that is still going at the next tick pushes the next run to its end
 * (falling behind). Each run takes its records, pays the startup S, and is timed by the {@link
 * JobPipeline}. Billed per run: Σ parallelism × (S + job duration); the month is the mean run that
 * processed measured records × (730 h / T).
 */
final class BatchRun extends JobRun {
  /** A record that arrived before its event-time partition's run. */
  private record Held(int input, long id, long eventTime, long arrival, long count, int flags) {}

  private final long every;
  private final long startup;
  private final long grace;
  private final long lastDue;
  private final long end;
  private final boolean eventPartition;
  private final List<Held> held = new ArrayList<>();
  private final double[] billedNanos;
  private long billedRuns;
  private long peakHeld;

  /**
   * One batch job of a hybrid flow (or, with a whole scope, the flow in batch mode); with a plan,
   * at aggregate fidelity.
   */
  BatchRun(RunInput input, JobScope scope, Optional<GroupPlan> groups) {
    super("batch", input, scope, groups);
    Execution.Batch settings = input.flow().execution().batch();
    every = settings.every().nanos();
    startup = settings.startup().nanos();
    eventPartition = settings.partition() == Execution.Partition.EVENT;
    grace = eventPartition ? settings.grace().nanos() : 0;
    if (every <= 0) {
      throw new IllegalArgumentException("batch every must be positive");
    }
    billedNanos = new double[topology.nodeCount()];
    lastDue = ceilTo(scope.inputEnd()) + grace;
    // one more period sweeps up the last period's late arrivals
    end = lastDue + every;
  }

  @Override
  long end() {
    return end;
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
          offer(
              a.input(), a.id(), a.eventTime(), a.arrival(), a.count(), a.flags(), previousCutoff);
          took++;
        } else {
          keep.add(a);
        }
      }
      held.clear();
      held.addAll(keep);
    }
    while (nextBy(start)) {
      tookOne(control, start, end);
      long te = inputs.eventTime();
      int input = inputs.input();
      long arrival = inputs.arrival();
      if (eventPartition && te >= cutoff) {
        held.add(new Held(input, inputs.id(), te, arrival, inputs.count(), inputs.flags()));
        peakHeld = Math.max(peakHeld, held.size());
      } else {
        offer(input, inputs.id(), te, arrival, inputs.count(), inputs.flags(), previousCutoff);
        took++;
      }
    }
    return took;
  }

  private void offer(
      int input, long id, long eventTime, long arrival, long count, int flags, long cutoff) {
    boolean missed = eventPartition && eventTime < cutoff;
    offer(input, id, eventTime, arrival, count, flags, missed);
  }

  /** Every stage's workers are held for the startup and the whole job. */
  private void bill(long runNanos) {
    billedRuns++;
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.node(i) instanceof Transform t && scope.member(i)) {
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
      if (topology.node(i) instanceof Transform t && scope.member(i)) {
        double hours = billedNanos[i] * scale / NANOS_PER_HOUR;
        stats.bill(RunStats.Billing.vcpu(t.id(), ExecutionMode.BATCH, hours));
      }
    }
  }
}
