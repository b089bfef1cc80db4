package dev.napkin.simulator.mode.hybrid;

import static dev.napkin.simulator.mode.batch.ModeFlows.*;
import static dev.napkin.simulator.mode.hybrid.HybridFlows.flow;
import static dev.napkin.simulator.mode.hybrid.HybridFlows.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.AsDesignedSimulator;
import dev.napkin.simulator.mode.JobGraph;
import dev.napkin.simulator.mode.Topology;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a hybrid flow splits into jobs, and how each job is billed. */
class JobBillingTest {
  private static Flow streamingBatchStreaming() {
    return flow(
        List.of(
            source("src", 50, Arrivals.POISSON, Optional.empty()),
            in(ExecutionMode.STREAMING, stage("clean", exp(s(0.001)), s(0), 2, 1.0)),
            in(ExecutionMode.BATCH, stage("enrich", fixed(s(0.002)), s(1), 3, 1.0)),
            in(ExecutionMode.STREAMING, stage("publish", exp(s(0.001)), s(0), 4, 1.0)),
            sink("out", s(0.1))),
        List.of(
            edge("src", "clean"),
            edge("clean", "enrich"),
            edge("enrich", "publish"),
            edge("publish", "out")),
        batch(s(60), s(5)),
        micro(s(10), s(0.2), s(5)));
  }

  @Test
  void streamingThenBatchThenStreamingIsTwoStreamingJobsAroundOneBatchJob() {
    JobGraph graph = JobGraph.of(Topology.of(streamingBatchStreaming()));
    assertThat(graph.order())
        .extracting(JobGraph.Job::name)
        .containsExactly("streaming job {clean}", "batch job {enrich}", "streaming job {publish}");
  }

  @Test
  void billsEachStreamingJobItsPerJobHourAndTheBatchJobPerRun() {
    RunStats stats =
        new AsDesignedSimulator()
            .run(input(streamingBatchStreaming(), s(3600), s(600), 5, 0), RunControl.none());
    double hours = 3000 / 3600.0;
    assertThat(stats.billing())
        .filteredOn(b -> b.node().isEmpty())
        .containsExactly(
            RunStats.Billing.job(ExecutionMode.STREAMING, hours),
            RunStats.Billing.job(ExecutionMode.STREAMING, hours));
    assertThat(stats.billing())
        .filteredOn(b -> b.node().isPresent() && b.mode() == ExecutionMode.STREAMING)
        .containsExactly(
            RunStats.Billing.vcpu(NodeId.of("clean"), ExecutionMode.STREAMING, 2 * hours),
            RunStats.Billing.vcpu(NodeId.of("publish"), ExecutionMode.STREAMING, 4 * hours));
    List<RunStats.Billing> batch =
        stats.billing().stream().filter(b -> b.mode() == ExecutionMode.BATCH).toList();
    assertThat(batch).hasSize(1);
    assertThat(batch.get(0).node()).contains(NodeId.of("enrich"));
    // per run: 3 workers × (S + overhead + 3000 records × 2 ms / 3); 50 runs in the measured hours
    double perRun = 3 * (5 + 1 + 50 * 60 * 0.002 / 3);
    double expected = perRun * hours * 3600 / 60 / 3600;
    double spread = 3 * 0.002 / 3 * Math.sqrt(3000) / Math.sqrt(50) * hours * 60 / 3600;
    assertThat(batch.get(0).vcpuHours()).isCloseTo(expected, within(4 * spread + 1e-9));
  }

  @Test
  void anOverloadedHybridIsUnstableAndEachJobBillsAsItsModeDoesWhenUnstable() {
    Flow flow =
        flow(
            List.of(
                source("src", 100, Arrivals.POISSON, Optional.empty()),
                in(ExecutionMode.STREAMING, stage("clean", exp(s(0.001)), s(0), 1, 1.0)),
                in(ExecutionMode.BATCH, stage("heavy", fixed(s(0.02)), s(0), 1, 1.0)),
                sink("out", s(0))),
            List.of(edge("src", "clean"), edge("clean", "heavy"), edge("heavy", "out")),
            batch(s(60), s(5)),
            micro(s(10), s(0.2), s(5)));
    RunStats stats =
        new AsDesignedSimulator().run(input(flow, s(3600), s(600), 5, 0), RunControl.none());
    // heavy: 100/s × 20 ms on one worker, ρ = 2: its backlog grows by 100 × (1 − 1/2) a second
    assertThat(stats.instability())
        .contains(new RunStats.Instability(NodeId.of("heavy"), 2.0, 50.0));
    double hours = 3000 / 3600.0;
    assertThat(stats.billing())
        .containsExactly(
            RunStats.Billing.vcpu(NodeId.of("clean"), ExecutionMode.STREAMING, hours),
            RunStats.Billing.job(ExecutionMode.STREAMING, hours),
            RunStats.Billing.vcpu(NodeId.of("heavy"), ExecutionMode.BATCH, hours));
  }

  @Test
  void transformsOfOneModeJoinedThroughThatModeAreOneJob() {
    Flow flow =
        flow(
            List.of(
                source("a", 10, Arrivals.POISSON, Optional.empty()),
                source("b", 10, Arrivals.POISSON, Optional.empty()),
                in(ExecutionMode.STREAMING, stage("left", exp(s(0.001)), s(0), 1, 1.0)),
                in(ExecutionMode.STREAMING, stage("right", exp(s(0.001)), s(0), 1, 1.0)),
                in(ExecutionMode.STREAMING, stage("join", exp(s(0.001)), s(0), 1, 1.0)),
                in(ExecutionMode.MICRO_BATCH, stage("report", exp(s(0.001)), s(0), 1, 1.0)),
                sink("out", s(0))),
            List.of(
                edge("a", "left"),
                edge("b", "right"),
                edge("left", "join"),
                edge("right", "join"),
                edge("join", "report"),
                edge("report", "out")),
            batch(s(60), s(5)),
            micro(s(10), s(0.2), s(5)));
    assertThat(JobGraph.of(Topology.of(flow)).order())
        .extracting(JobGraph.Job::name)
        .containsExactly("streaming job {left, right, join}", "micro-batch job {report}");
  }

  @Test
  void refusesJobsThatFeedEachOtherAndNamesThem() {
    Flow flow =
        flow(
            List.of(
                source("src", 10, Arrivals.POISSON, Optional.empty()),
                in(ExecutionMode.STREAMING, stage("first", exp(s(0.001)), s(0), 1, 1.0)),
                in(ExecutionMode.BATCH, stage("side", exp(s(0.001)), s(0), 1, 1.0)),
                in(ExecutionMode.STREAMING, stage("last", exp(s(0.001)), s(0), 1, 1.0)),
                sink("out", s(0))),
            List.of(
                edge("src", "first"),
                edge("first", "last"),
                edge("first", "side"),
                edge("side", "last"),
                edge("last", "out")),
            batch(s(60), s(5)),
            micro(s(10), s(0.2), s(5)));
    String why =
        "the jobs feed each other in a cycle (streaming job {first, last}, batch job {side}), so"
            + " no job can run before the others; give the transforms in the cycle one mode";
    assertThat(AsDesignedSimulator.supports(flow)).isFalse();
    assertThat(AsDesignedSimulator.unsupported(flow)).contains(why);
    assertThatThrownBy(
            () ->
                new AsDesignedSimulator().run(input(flow, s(600), s(60), 1, 0), RunControl.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("as-designed: " + why);
  }
}
