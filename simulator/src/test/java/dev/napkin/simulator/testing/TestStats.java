package dev.napkin.simulator.testing;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;

/** Builds the stats a replication might report, with latencies in whole seconds. */
public final class TestStats {
  public static final long SECOND = 1_000_000_000L;
  public static final long HOUR = 3600 * SECOND;

  private final RunStats stats;

  private TestStats(String mode) {
    stats = new RunStats(mode);
    stats.setMeasuredNanos(23 * HOUR);
  }

  public static TestStats mode(String mode) {
    return new TestStats(mode);
  }

  /** {@code count} results at {@code seconds} latency at a sink. */
  public TestStats latency(NodeId sink, long seconds, long count) {
    stats.sink(sink).recordLatency(seconds * SECOND, count);
    return this;
  }

  public TestStats completeness(NodeId sink, long records, long includedFirst) {
    stats.sink(sink).addCompleteness(records, includedFirst);
    return this;
  }

  public TestStats lateAndDropped(NodeId sink, long late, long dropped) {
    SinkStats s = stats.sink(sink);
    s.addLate(late);
    s.addDropped(dropped);
    return this;
  }

  /** A stage with {@code servers} workers busy {@code utilization} of the measured time. */
  public TestStats stage(
      NodeId node, int servers, double utilization, double meanInSystem, long max) {
    double measured = stats.measuredNanos();
    stats.node(node).addBusy(utilization * servers * measured);
    stats.node(node).addInSystem(meanInSystem * measured);
    stats.node(node).observeBacklog(max);
    return this;
  }

  /** Workers billed all the measured time, in a mode. */
  public TestStats vcpus(NodeId node, ExecutionMode mode, int vcpus) {
    stats.bill(RunStats.Billing.vcpu(node, mode, vcpus * stats.measuredNanos() / (double) HOUR));
    return this;
  }

  /** One job billed all the measured time. */
  public TestStats job(ExecutionMode mode) {
    stats.bill(RunStats.Billing.job(mode, stats.measuredNanos() / (double) HOUR));
    return this;
  }

  public TestStats unstable(NodeId stage, double utilization, double growth) {
    stats.markUnstable(new RunStats.Instability(stage, utilization, growth));
    return this;
  }

  public TestStats fallingBehind() {
    stats.markFallingBehind();
    return this;
  }

  public RunStats build() {
    return stats;
  }
}
