package dev.napkin.simulator.result;

import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.metrics.Estimate;
import java.util.Optional;

/**
 * What one stage did over the measured period: {@code utilization} is busy servers ÷ servers
 * (parallelism), {@code backlogMean} the mean number of records in the stage (waiting or in
 * service, Little's L), both as estimates over replications; {@code backlogMax} the largest queue
 * any replication saw; {@code backlogOverTime} the backlog in buckets of simulated time, when the
 * mode recorded it.
 */
public record NodeResult(
    NodeId node,
    Estimate utilization,
    Estimate backlogMean,
    long backlogMax,
    Optional<BacklogTimeline> backlogOverTime) {

  /** A result with no backlog over time. */
  public NodeResult(NodeId node, Estimate utilization, Estimate backlogMean, long backlogMax) {
    this(node, utilization, backlogMean, backlogMax, Optional.empty());
  }
}
