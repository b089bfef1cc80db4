package dev.napkin.simulator.result;

import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.metrics.Estimate;

/**
 * What one stage did over the measured period: {@code utilization} is busy servers ÷ servers
 * (parallelism), {@code backlogMean} the mean number of records in the stage (waiting or in
 * service, Little's L), both as estimates over replications; {@code backlogMax} the largest queue
 * any replication saw.
 */
public record NodeResult(
    NodeId node, Estimate utilization, Estimate backlogMean, long backlogMax) {}
