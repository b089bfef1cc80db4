package dev.napkin.simulator.result;

import static dev.napkin.simulator.testing.TestFlows.DASHBOARD;
import static dev.napkin.simulator.testing.TestFlows.SESSIONIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.cost.MonthlyCost;
import dev.napkin.simulator.cost.ResolvedPrices;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.testing.TestFlows;
import dev.napkin.simulator.testing.TestStats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModeResultAssemblerTest {
  private final Flow flow = TestFlows.clickstream();
  private final ModeResultAssembler assembler =
      new ModeResultAssembler(
          new MonthlyCost(ResolvedPrices.resolve(flow.cost(), Prices.bundled())));

  @Test
  void averagesTheBacklogOverTimeOverReplications() {
    RunStats first = new RunStats("streaming");
    first.node(SESSIONIZE).backlogSeries(0, 2_000).add(0, 2_000, 2);
    RunStats second = new RunStats("streaming");
    second.node(SESSIONIZE).backlogSeries(0, 2_000).add(0, 1_000, 4);

    BacklogTimeline timeline =
        ModeResultAssembler.timeline(SESSIONIZE, List.of(first, second), true).orElseThrow();

    assertThat(timeline.fromNanos()).isZero();
    assertThat(timeline.bucketNanos()).isEqualTo(10);
    assertThat(timeline.meanBacklog()).hasSize(200);
    assertThat(timeline.meanBacklog().get(0)).isEqualTo(3.0);
    assertThat(timeline.meanBacklog().get(199)).isEqualTo(1.0);
    assertThat(timeline.peak()).isEqualTo(3.0);
  }

  @Test
  void anUnstableRunsTimelineEndsWhereItsRunsStopped() {
    RunStats first = new RunStats("streaming");
    first.node(SESSIONIZE).backlogSeries(0, 2_000).add(0, 500, 7);
    RunStats second = new RunStats("streaming");
    second.node(SESSIONIZE).backlogSeries(0, 2_000).add(0, 800, 1);

    BacklogTimeline timeline =
        ModeResultAssembler.timeline(SESSIONIZE, List.of(first, second), false).orElseThrow();

    assertThat(timeline.meanBacklog()).hasSize(50).containsOnly(4.0);
  }

  @Test
  void noTimelineWhenAReplicationRecordedNone() {
    RunStats first = new RunStats("batch");
    first.node(SESSIONIZE).backlogSeries(0, 2_000).add(0, 500, 7);
    RunStats second = new RunStats("batch");
    second.node(SESSIONIZE);

    assertThat(ModeResultAssembler.timeline(SESSIONIZE, List.of(first, second), true)).isEmpty();
  }

  @Test
  void reportsStagesUtilizationBacklogAndCost() {
    RunStats first =
        TestStats.mode("streaming")
            .latency(DASHBOARD, 63, 100)
            .stage(SESSIONIZE, 4, 0.02, 0.1, 9)
            .vcpus(SESSIONIZE, ExecutionMode.STREAMING, 4)
            .job(ExecutionMode.STREAMING)
            .build();
    RunStats second =
        TestStats.mode("streaming")
            .latency(DASHBOARD, 63, 100)
            .stage(SESSIONIZE, 4, 0.04, 0.3, 12)
            .vcpus(SESSIONIZE, ExecutionMode.STREAMING, 4)
            .job(ExecutionMode.STREAMING)
            .build();

    ModeResult result = assembler.assemble(flow, "streaming", List.of(first, second));

    assertThat(result.replications()).isEqualTo(2);
    assertThat(result.stable()).isTrue();
    assertThat(result.instability()).isEmpty();
    assertThat(result.costPerMonthUsd()).isEqualTo(new BigDecimal("551.50"));
    assertThat(result.nodes()).hasSize(1);
    NodeResult node = result.nodes().get(0);
    assertThat(node.node()).isEqualTo(SESSIONIZE);
    assertThat(node.utilization().mean()).isCloseTo(0.03, within(1e-12));
    assertThat(node.backlogMean().mean()).isCloseTo(0.2, within(1e-12));
    assertThat(node.backlogMax()).isEqualTo(12);
    assertThat(result.sinks()).extracting(SinkResult::sink).containsExactly(DASHBOARD);
    assertThat(result.meetsAllSlas()).isTrue();
  }

  @Test
  void oneUnstableReplicationMakesTheModeUnstableAndSaysWhy() {
    RunStats fine = TestStats.mode("streaming").latency(DASHBOARD, 63, 100).build();
    RunStats overloaded =
        TestStats.mode("streaming")
            .latency(DASHBOARD, 63, 100)
            .unstable(SESSIONIZE, 1.25, 480.55)
            .fallingBehind()
            .build();

    ModeResult result = assembler.assemble(flow, "streaming", List.of(fine, overloaded));

    assertThat(result.stable()).isFalse();
    assertThat(result.fallingBehind()).isTrue();
    assertThat(result.instability())
        .isEqualTo(
            Optional.of(
                "sessionize is overloaded: utilization 1.25 (≥ 1), its backlog grows by 480.6"
                    + " records/s"));
    assertThat(result.meetsAllSlas()).isFalse();
    assertThat(result.worstRelativeMiss()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void aSinkNoReplicationReportedHasNoResults() {
    RunStats empty = TestStats.mode("batch").build();

    ModeResult result = assembler.assemble(flow, "batch", List.of(empty));

    assertThat(result.sinks()).hasSize(1);
    assertThat(result.sinks().get(0).records()).isZero();
    assertThat(result.sinks().get(0).slaMet()).isFalse();
    assertThat(result.nodes()).isEmpty();
  }
}
