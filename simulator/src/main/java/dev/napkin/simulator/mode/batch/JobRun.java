package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.LoadAnalysis;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.mode.Topology;
import dev.napkin.simulator.random.RecordStreams;
import dev.napkin.simulator.workload.GroupPlan;
import dev.napkin.simulator.workload.Workload;

/**
 * What a batch and a micro-batch replication share: the topology, the records in arrival order, the
 * {@link JobPipeline}, the load check, progress, and the books at the end.
 */
abstract class JobRun {
  static final double NANOS_PER_HOUR = 3_600e9;
  private static final int PROGRESS_EVERY = 64;

  final Topology topology;
  final RunStats stats;
  final long warmup;
  final long horizon;
  final ArrivalOrder arrivals;
  final JobPipeline pipeline;
  final int[] sourceNodes;
  private final LoadAnalysis load;
  private long runs;
  private long records;

  JobRun(String mode, RunInput input) {
    this(mode, input, java.util.Optional.empty());
  }

  /** With a plan: aggregate fidelity, the sources' records come in weighted groups. */
  JobRun(String mode, RunInput input, java.util.Optional<GroupPlan> groups) {
    topology = Topology.of(input.flow());
    stats = new RunStats(mode);
    horizon = input.settings().horizon().nanos();
    warmup = Math.min(input.settings().warmup().nanos(), horizon);
    stats.setMeasuredNanos(horizon - warmup);
    load = LoadAnalysis.of(topology, input.traces(), horizon);
    RecordStreams streams = new RecordStreams(input.settings().seed(), input.replication());
    arrivals =
        new ArrivalOrder(Workload.units(input.flow(), input.traces(), streams, horizon, groups));
    if (groups.isPresent()) {
      stats.setFidelity(SimulationSettings.Fidelity.AGGREGATE);
    }
    pipeline = new JobPipeline(topology, streams, stats, warmup, horizon);
    sourceNodes = new int[(int) input.flow().sources().count()];
    int s = 0;
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.isSource(i)) {
        sourceNodes[s++] = i;
      }
    }
  }

  /** Runs the replication: refuses an overloaded flow up front, then simulates run after run. */
  final RunStats run(RunControl control) {
    var unstable = load.instability();
    if (unstable.isPresent()) {
      stats.markUnstable(unstable.get());
      billAlwaysOn(billedMode());
      return stats;
    }
    simulate(control);
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (!topology.isSource(i)) {
        stats.node(topology.node(i).id()).setInFlightAtEnd(0);
      }
    }
    stats.addEvents(runs + records);
    stats.observeLiveUnits(arrivals.peakPending() + peakHeld());
    return stats;
  }

  abstract void simulate(RunControl control);

  /** The most units held back for a later run at once (event-time partitions). */
  long peakHeld() {
    return 0;
  }

  abstract ExecutionMode billedMode();

  /** Counts a run and reports progress (share of simulated time) now and then. */
  final void ranOnce(RunControl control, long now, long end) {
    if (++runs % PROGRESS_EVERY == 0) {
      control.checkpoint(Math.min(1.0, now / (double) Math.max(1, end)));
    }
  }

  /**
   * Counts a record taken; every 4,096 records reports progress, so a long run stays cancellable.
   */
  final void tookOne(RunControl control, long now, long end) {
    if ((++records & 4095) == 0) {
      control.checkpoint(Math.min(1.0, now / (double) Math.max(1, end)));
    }
  }

  /** Bills every transform's parallelism over the whole measured period. */
  final void billAlwaysOn(ExecutionMode mode) {
    double hours = stats.measuredNanos() / NANOS_PER_HOUR;
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.node(i) instanceof Transform t) {
        stats.bill(RunStats.Billing.vcpu(t.id(), mode, t.parallelism() * hours));
      }
    }
  }
}
