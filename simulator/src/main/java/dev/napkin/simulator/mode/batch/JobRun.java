package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.Crossing;
import dev.napkin.simulator.mode.JobScope;
import dev.napkin.simulator.mode.LoadAnalysis;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.mode.Topology;
import dev.napkin.simulator.random.RecordStreams;
import dev.napkin.simulator.workload.GroupPlan;
import dev.napkin.simulator.workload.RecordSource;
import dev.napkin.simulator.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a batch and a micro-batch replication share: the topology, the records in arrival order, the
 * {@link JobPipeline}, the load check, progress, and the books at the end.
 */
abstract class JobRun {
  static final double NANOS_PER_HOUR = 3_600e9;
  private static final int PROGRESS_EVERY = 64;

  final Topology topology;
  final JobScope scope;
  final RunStats stats;
  final long warmup;
  final long horizon;
  final JobInputs inputs;
  final JobPipeline pipeline;
  final int[] sourceNodes;
  private final LoadAnalysis load;
  private long runs;
  private long records;

  /**
   * @param scope the job: the whole flow in one mode, or one job of a hybrid flow (then only its
   *     sources are read, and the crossings of its upstream jobs are taken as input)
   * @param groups with a plan: aggregate fidelity, the sources' records come in weighted groups
   */
  JobRun(String mode, RunInput input, JobScope scope, Optional<GroupPlan> groups) {
    this.scope = scope;
    topology = scope.topology();
    stats = new RunStats(mode);
    horizon = input.settings().horizon().nanos();
    warmup = Math.min(input.settings().warmup().nanos(), horizon);
    stats.setMeasuredNanos(horizon - warmup);
    load = LoadAnalysis.of(topology, input.traces(), horizon);
    RecordStreams streams = new RecordStreams(input.settings().seed(), input.replication());
    List<RecordSource> all = Workload.units(input.flow(), input.traces(), streams, horizon, groups);
    if (groups.isPresent()) {
      stats.setFidelity(SimulationSettings.Fidelity.AGGREGATE);
    }
    List<RecordSource> read = new ArrayList<>();
    List<Integer> readNodes = new ArrayList<>();
    int s = 0;
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.isSource(i)) {
        if (scope.reads(i)) {
          read.add(all.get(s));
          readNodes.add(i);
        }
        s++;
      }
    }
    sourceNodes = readNodes.stream().mapToInt(Integer::intValue).toArray();
    inputs = new JobInputs(new ArrivalOrder(read), read.size(), scope.inputs());
    pipeline = new JobPipeline(topology, scope, streams, stats, warmup, horizon);
  }

  /** When the job stops: after its last run or trigger, arrivals after it are in flight. */
  abstract long end();

  /** Offers a taken unit to the pipeline: a source's record or a unit crossing from a job. */
  final void offer(
      int input, long id, long eventTime, long arrival, long count, int flags, boolean missed) {
    if (inputs.isSource(input)) {
      boolean grouped = (flags & Crossing.GROUP) != 0;
      pipeline.offer(sourceNodes[input], id, eventTime, arrival, count, grouped, missed);
    } else {
      Crossing crossing = inputs.crossing(input);
      pipeline.offerCrossing(crossing.edge(), id, eventTime, arrival, count, flags, missed);
    }
  }

  /**
   * Takes the next unit arriving by {@code t} from the inputs and enters it in the backlog of the
   * stages it reaches (whichever run processes it); false if none.
   */
  final boolean nextBy(long t) {
    if (!inputs.nextBy(t)) {
      return false;
    }
    int input = inputs.input();
    int flags = inputs.flags();
    if (inputs.isSource(input)) {
      pipeline.arrivedFromSource(sourceNodes[input], inputs.arrival(), inputs.count());
    } else {
      pipeline.arrivedCrossing(
          inputs.crossing(input).edge(),
          inputs.arrival(),
          (flags & Crossing.WINDOWED) != 0 ? 1 : inputs.count());
    }
    return true;
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
    pipeline.finish();
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (!topology.isSource(i)) {
        stats.node(topology.node(i).id()).setInFlightAtEnd(0);
      }
    }
    stats.addEvents(runs + records);
    stats.observeLiveUnits(inputs.peakPending() + peakHeld());
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

  /** Bills every transform of the job: its parallelism over the whole measured period. */
  final void billAlwaysOn(ExecutionMode mode) {
    double hours = stats.measuredNanos() / NANOS_PER_HOUR;
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.node(i) instanceof Transform t && scope.member(i)) {
        stats.bill(RunStats.Billing.vcpu(t.id(), mode, t.parallelism() * hours));
      }
    }
  }
}
