package dev.napkin.simulator.mode;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.batch.JobModes;
import dev.napkin.simulator.mode.streaming.StreamingRun;
import dev.napkin.simulator.mode.streaming.VisibilityObserver;
import dev.napkin.simulator.workload.GroupPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One replication of a hybrid flow as designed: its {@link JobGraph}'s jobs are simulated one after
 * another in topological order, each by its own mode's run over the whole flow's topology (so every
 * record keeps the identity and the random draws it has in the single-mode runs), each reading the
 * sources it reads itself and taking what upstream jobs made visible as input arriving at that time
 * ({@link Crossing}). The jobs' figures are added up into one {@link RunStats}: a sink written by
 * several jobs gets all their writes; each job bills by its own mode's rule and price.
 *
 * <p>At aggregate fidelity every job reads its sources in the same weighted groups and hands groups
 * on across crossings; a flow where a streaming job takes another job's output runs exact instead
 * (see {@link #streamingTakesCrossings}).
 *
 * <p>Crossing units are held in memory between a job and the next (about 40 bytes each): a flow
 * whose jobs hand each other every record (not window results) holds a horizon's worth of them.
 */
public final class HybridRun {
  private static final double NANOS_PER_HOUR = 3_600e9;

  private final RunInput input;
  private final int maxLiveRecords;
  private final VisibilityObserver observer;
  private final long budget;

  public HybridRun(RunInput input, int maxLiveRecords, VisibilityObserver observer) {
    this(input, maxLiveRecords, observer, FidelityPlan.DEFAULT_BUDGET);
  }

  /**
   * @param budget units a replication moves in aggregate fidelity ({@link FidelityPlan}): every job
   *     reads its sources in the same weighted groups
   */
  public HybridRun(RunInput input, int maxLiveRecords, VisibilityObserver observer, long budget) {
    this.input = input;
    this.maxLiveRecords = maxLiveRecords;
    this.observer = observer;
    this.budget = budget;
  }

  public RunStats run(RunControl control) {
    Topology topology = Topology.of(input.flow());
    JobGraph graph = JobGraph.of(topology);
    List<JobGraph.Job> order = graph.order();
    long horizon = input.settings().horizon().nanos();
    long warmup = Math.min(input.settings().warmup().nanos(), horizon);
    RunStats merged = new RunStats("as-designed");
    merged.setMeasuredNanos(horizon - warmup);
    Optional<GroupPlan> groups =
        streamingTakesCrossings(topology, graph)
            ? Optional.empty()
            : FidelityPlan.groups(input, budget);
    if (groups.isPresent()) {
      merged.setFidelity(SimulationSettings.Fidelity.AGGREGATE);
    }
    for (Node node : input.flow().nodes()) {
      if (node instanceof Sink) {
        merged.sink(node.id());
        merged.node(node.id());
      } else if (node instanceof Transform) {
        merged.node(node.id());
      }
    }
    var unstable = LoadAnalysis.of(topology, input.traces(), horizon).instability();
    if (unstable.isPresent()) {
      merged.markUnstable(unstable.get());
      for (JobGraph.Job job : order) {
        billAlwaysOn(merged, topology, job);
      }
      return merged;
    }
    Crossing[] crossings = new Crossing[topology.edgeCount()];
    for (int e = 0; e < crossings.length; e++) {
      int a = graph.jobOf(topology.edgeFrom(e));
      int b = graph.jobOf(topology.edgeTo(e));
      if (a >= 0 && b >= 0 && a != b) {
        crossings[e] = new Crossing(e);
      }
    }
    long[] ends = new long[graph.jobs().size()];
    int owner = order.isEmpty() ? -1 : order.get(0).index();
    for (int k = 0; k < order.size(); k++) {
      JobGraph.Job job = order.get(k);
      JobScope scope = scope(topology, graph, job, crossings, ends, horizon, owner);
      ScopedJob run =
          job.mode() == ExecutionMode.STREAMING
              ? new StreamingRun(input, maxLiveRecords, observer, scope, groups)
              : JobModes.job(input, scope, groups);
      ends[job.index()] = run.end();
      absorb(merged, run.run(share(control, k, order.size())));
      for (Crossing used : scope.inputs()) {
        crossings[used.edge()] = null;
      }
    }
    return merged;
  }

  /**
   * Whether a streaming job takes another job's output. Such a flow runs exact even when aggregate
   * is asked for (the result says so): aggregate's analytic streaming stages assume arrivals as
   * steady as the sources', not the bursts a batch or micro-batch job's runs hand on.
   */
  private static boolean streamingTakesCrossings(Topology topology, JobGraph graph) {
    for (int e = 0; e < topology.edgeCount(); e++) {
      int a = graph.jobOf(topology.edgeFrom(e));
      int b = graph.jobOf(topology.edgeTo(e));
      if (a >= 0 && b >= 0 && a != b && graph.jobs().get(b).mode() == ExecutionMode.STREAMING) {
        return true;
      }
    }
    return false;
  }

  /**
   * The job's view of the flow. Edges: from its transforms to its transforms or to sinks, and from
   * sources to its transforms, are internal; to another job's transform, out; from another job's
   * transform, in. An edge straight from a source to a sink belongs to the first job. Its input
   * ends at the horizon or when the last upstream job ends, whichever is later.
   */
  private static JobScope scope(
      Topology topology,
      JobGraph graph,
      JobGraph.Job job,
      Crossing[] crossings,
      long[] ends,
      long horizon,
      int owner) {
    int j = job.index();
    boolean[] member = new boolean[topology.nodeCount()];
    for (int i : job.transforms()) {
      member[i] = true;
    }
    byte[] role = new byte[topology.edgeCount()];
    List<Crossing> inputs = new ArrayList<>();
    long inputEnd = horizon;
    for (int e = 0; e < role.length; e++) {
      int from = topology.edgeFrom(e);
      int to = topology.edgeTo(e);
      int fromJob = graph.jobOf(from);
      int toJob = graph.jobOf(to);
      if (fromJob == j) {
        role[e] = toJob == j || topology.isSink(to) ? JobScope.INTERNAL : JobScope.OUT;
      } else if (toJob == j) {
        if (fromJob >= 0) {
          role[e] = JobScope.IN;
          inputs.add(crossings[e]);
          inputEnd = Math.max(inputEnd, ends[fromJob]);
        } else {
          role[e] = JobScope.INTERNAL;
        }
      } else if (fromJob < 0 && toJob < 0 && j == owner) {
        role[e] = JobScope.INTERNAL;
      }
    }
    return JobScope.of(topology, job.mode(), member, role, crossings, inputs, inputEnd);
  }

  /** Progress of job k of n as its share of the whole; cancellation goes through the caller. */
  private static RunControl share(RunControl control, int k, int n) {
    return new RunControl(
        share -> control.checkpoint((k + Math.min(1.0, share)) / n), new AtomicBoolean());
  }

  private static void absorb(RunStats merged, RunStats job) {
    for (Map.Entry<dev.napkin.model.flow.NodeId, NodeStats> e : job.nodes().entrySet()) {
      merged.node(e.getKey()).add(e.getValue());
    }
    for (Map.Entry<dev.napkin.model.flow.NodeId, SinkStats> e : job.sinks().entrySet()) {
      merged.sink(e.getKey()).add(e.getValue());
    }
    job.billing().forEach(merged::bill);
    if (job.fallingBehind()) {
      merged.markFallingBehind();
    }
    if (merged.stable() && job.instability().isPresent()) {
      merged.markUnstable(job.instability().get());
    }
    merged.addEvents(job.simulatedEvents());
    merged.observeLiveUnits(job.peakLiveUnits());
  }

  /** An overloaded flow is not simulated: each job bills as its mode does when unstable. */
  private static void billAlwaysOn(RunStats stats, Topology topology, JobGraph.Job job) {
    double hours = stats.measuredNanos() / NANOS_PER_HOUR;
    for (int i : job.transforms()) {
      Transform t = (Transform) topology.node(i);
      stats.bill(RunStats.Billing.vcpu(t.id(), job.mode(), t.parallelism() * hours));
    }
    if (job.mode() == ExecutionMode.STREAMING) {
      stats.bill(RunStats.Billing.job(ExecutionMode.STREAMING, hours));
    }
  }
}
