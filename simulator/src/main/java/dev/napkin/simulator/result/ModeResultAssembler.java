package dev.napkin.simulator.result;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Decimals;
import dev.napkin.simulator.cost.MonthlyCost;
import dev.napkin.simulator.metrics.BacklogSeries;
import dev.napkin.simulator.metrics.Estimate;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one mode's replications (in replication order) into a {@link ModeResult}. */
public final class ModeResultAssembler {
  private final MonthlyCost cost;

  public ModeResultAssembler(MonthlyCost cost) {
    this.cost = cost;
  }

  public ModeResult assemble(Flow flow, String mode, List<RunStats> replications) {
    if (replications.isEmpty()) {
      throw new IllegalArgumentException(mode + ": no replications to assemble");
    }
    Optional<RunStats.Instability> cause =
        replications.stream().flatMap(r -> r.instability().stream()).findFirst();
    boolean stable = cause.isEmpty();
    boolean fallingBehind = replications.stream().anyMatch(RunStats::fallingBehind);
    List<SinkResult> sinks = new ArrayList<>();
    for (Sink sink : flow.sinks().toList()) {
      List<SinkStats> perReplication =
          replications.stream()
              .map(
                  r ->
                      r.sinks().containsKey(sink.id()) ? r.sinks().get(sink.id()) : new SinkStats())
              .toList();
      sinks.add(SinkResult.of(sink.id(), flow.effectiveSla(sink), stable, perReplication));
    }
    List<NodeResult> nodes = new ArrayList<>();
    for (Transform stage : flow.transforms().toList()) {
      nodeResult(stage, replications, stable).ifPresent(nodes::add);
    }
    return new ModeResult(
        mode,
        replications.size(),
        stable,
        fallingBehind,
        cause.map(ModeResultAssembler::describe),
        cost.of(flow, replications),
        sinks,
        nodes);
  }

  private static Optional<NodeResult> nodeResult(
      Transform stage, List<RunStats> replications, boolean stable) {
    NodeId id = stage.id();
    if (replications.stream().noneMatch(r -> r.nodes().containsKey(id))) {
      return Optional.empty();
    }
    double[] utilization = new double[replications.size()];
    double[] backlog = new double[replications.size()];
    long backlogMax = 0;
    for (int i = 0; i < replications.size(); i++) {
      RunStats run = replications.get(i);
      NodeStats node = run.nodes().containsKey(id) ? run.nodes().get(id) : new NodeStats();
      double measured = run.measuredNanos();
      utilization[i] = measured > 0 ? node.busyServerNanos() / (stage.parallelism() * measured) : 0;
      backlog[i] = measured > 0 ? node.inSystemNanos() / measured : 0;
      backlogMax = Math.max(backlogMax, node.backlogMax());
    }
    return Optional.of(
        new NodeResult(
            id,
            Estimate.of(utilization).clamped(0, Double.POSITIVE_INFINITY),
            Estimate.of(backlog).clamped(0, Double.POSITIVE_INFINITY),
            backlogMax,
            timeline(id, replications, stable)));
  }

  /**
   * The mean backlog per time bucket over the replications, when every replication recorded one; a
   * stable run shows the whole period, an unstable one stops where its first replication stopped.
   */
  static Optional<BacklogTimeline> timeline(
      NodeId id, List<RunStats> replications, boolean stable) {
    List<BacklogSeries> series = new ArrayList<>();
    for (RunStats run : replications) {
      Optional<BacklogSeries> one =
          Optional.ofNullable(run.nodes().get(id)).flatMap(NodeStats::backlogSeries);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      series.add(one.get());
    }
    BacklogSeries first = series.get(0);
    int buckets = first.buckets();
    for (BacklogSeries s : series) {
      if (s.from() != first.from() || s.to() != first.to()) {
        throw new IllegalStateException(id + ": replications recorded backlog over other periods");
      }
      buckets = stable ? buckets : Math.min(buckets, s.observedBuckets());
    }
    List<Double> means = new ArrayList<>();
    for (int k = 0; k < buckets; k++) {
      double sum = 0;
      for (BacklogSeries s : series) {
        sum += s.meanBacklog(k);
      }
      means.add(sum / series.size());
    }
    return Optional.of(new BacklogTimeline(first.from(), first.bucketNanos(), means));
  }

  /**
   * {@code sessionize is overloaded: utilization 1.25 (≥ 1), its backlog grows by 500 records/s}.
   */
  static String describe(RunStats.Instability why) {
    return why.stage()
        + " is overloaded: utilization "
        + Decimals.format(why.utilization(), 2)
        + " (≥ 1), its backlog grows by "
        + Decimals.format(why.backlogGrowthPerSecond(), 1)
        + " records/s";
  }
}
