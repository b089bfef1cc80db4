package dev.napkin.simulator.mode.batch;

import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.mode.Topology;
import java.util.Optional;

/**
 * Where a batch or micro-batch job's units are in time, per stage (transform or sink): a {@link
 * StageBacklog} each, the measured arrivals (λ) and the sojourns (arrival to stage end), so that
 * the mean and maximum backlog are exact and Little's law holds. A unit from the job's input
 * reaches its stage when it arrived; a unit from another stage of the job when that stage ended.
 */
final class StageTimes {
  private final Topology topology;
  private final NodeStats[] nodeStats;
  private final long warmup;
  private final long horizon;
  private final StageBacklog[] backlogs;
  private final long[] edgeUnits;
  private final double[] inputArrivalSum;
  private final long[] inputArrivalCount;

  /** {@code nodeStats}: per node, its figures (null for sources). */
  StageTimes(Topology topology, NodeStats[] nodeStats, long warmup, long horizon) {
    this.topology = topology;
    this.nodeStats = nodeStats;
    this.warmup = warmup;
    this.horizon = horizon;
    int n = topology.nodeCount();
    backlogs = new StageBacklog[n];
    for (int i = 0; i < n; i++) {
      if (nodeStats[i] != null) {
        backlogs[i] =
            new StageBacklog(
                warmup,
                horizon,
                warmup < horizon
                    ? Optional.of(nodeStats[i].backlogSeries(warmup, horizon))
                    : Optional.empty());
      }
    }
    edgeUnits = new long[topology.edgeCount()];
    inputArrivalSum = new double[n];
    inputArrivalCount = new long[n];
  }

  private boolean measured(long t) {
    return t >= warmup && t < horizon;
  }

  /**
   * A unit of the job's input arrived for stage i at {@code at} (read in arrival order); it counts
   * {@code n} (a weighted group its records, else one).
   */
  void reached(int i, long at, long n) {
    backlogs[i].arrive(at, n);
    if (measured(at)) {
      nodeStats[i].addArrivedMeasured(n);
    }
  }

  /**
   * This run takes, at stage i, a unit of the job's input that arrived at {@code arrival} and
   * counts {@code n}.
   */
  void input(int i, long arrival, long n) {
    if (measured(arrival)) {
      inputArrivalSum[i] += n * (double) arrival;
      inputArrivalCount[i] += n;
    }
  }

  /**
   * This run sends a unit that counts {@code n} down {@code edge} from one of its stages to another
   * (or a sink).
   */
  void internal(int edge, long n) {
    edgeUnits[edge] += n;
  }

  /** A run starts: everything scheduled up to now has happened. */
  void runStarts(long start) {
    for (StageBacklog backlog : backlogs) {
      if (backlog != null) {
        backlog.applyUpTo(start);
      }
    }
  }

  /**
   * The run's {@code units} at stage i leave when it ends at {@code end}; those from upstream
   * stages arrived when those ended ({@code ends}, by node). Books measured arrivals and sojourns.
   */
  void stageEnds(int i, long end, long units, long[] ends) {
    StageBacklog backlog = backlogs[i];
    for (int e : topology.inEdges(i)) {
      long n = edgeUnits[e];
      if (n == 0) {
        continue;
      }
      long at = ends[topology.edgeFrom(e)];
      backlog.later(at, n);
      if (measured(at)) {
        nodeStats[i].addArrivedMeasured(n);
        nodeStats[i].addSojourns(n * (double) (end - at), n);
      }
      edgeUnits[e] = 0;
    }
    if (inputArrivalCount[i] > 0) {
      long n = inputArrivalCount[i];
      nodeStats[i].addSojourns(n * (double) end - inputArrivalSum[i], n);
      inputArrivalCount[i] = 0;
      inputArrivalSum[i] = 0;
    }
    backlog.later(end, -units);
  }

  /** Closes the backlogs: the mean (integral) and maximum over the measured period. */
  void finish() {
    for (int i = 0; i < backlogs.length; i++) {
      if (backlogs[i] != null) {
        backlogs[i].finish();
        nodeStats[i].addInSystem(backlogs[i].area());
        nodeStats[i].observeBacklog(backlogs[i].max());
      }
    }
  }
}
